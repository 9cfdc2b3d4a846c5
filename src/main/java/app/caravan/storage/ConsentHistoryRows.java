package app.caravan.storage;

import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.ConsentMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row mapping for {@code consent_history}: one row per change, whole consent before and after. */
final class ConsentHistoryRows {
    private static final String[] FIELDS = {"participation", "audio_recording", "verbatim_quotes",
        "publish_pseudonym", "share_research", "recontact", "method", "recorded_at", "withdrawn_at"};

    private ConsentHistoryRows() {
    }

    static void insert(Connection c, ConsentChange change) throws SQLException {
        // The id is given, not drawn from the column's identity sequence: H2 keeps sequence state
        // outside the transaction, and the kill -9 torture test lost exactly the consent-changing
        // saves (the only ones that drew from it) while that was so.
        StringBuilder columns = new StringBuilder("id, interview_id, changed_at, changed_by");
        for (String side : new String[] {"before_", "after_"}) {
            for (String field : FIELDS) {
                columns.append(", ").append(side).append(field);
            }
        }
        String marks = "(SELECT COALESCE(MAX(id), 0) + 1 FROM consent_history), ?" + ", ?".repeat(2 + 2 * FIELDS.length);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO consent_history (" + columns + ") VALUES (" + marks + ")")) {
            s.setObject(1, change.interviewId());
            s.setObject(2, change.changedAt().atOffset(ZoneOffset.UTC));
            s.setString(3, change.changedBy());
            bind(s, 4, change.before());
            bind(s, 4 + FIELDS.length, change.after());
            s.executeUpdate();
        }
    }

    /** Oldest change first. */
    static List<ConsentChange> list(Connection c, UUID interviewId) throws SQLException {
        List<ConsentChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT * FROM consent_history WHERE interview_id = ? ORDER BY id")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConsentChange(interviewId, rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                            rs.getString("changed_by"), read(rs, "before_"), read(rs, "after_")));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, int first, Consent consent) throws SQLException {
        s.setBoolean(first, consent.participation());
        s.setBoolean(first + 1, consent.audioRecording());
        s.setBoolean(first + 2, consent.verbatimQuotes());
        s.setBoolean(first + 3, consent.publishUnderPseudonym());
        s.setBoolean(first + 4, consent.shareAnonymizedForResearch());
        s.setBoolean(first + 5, consent.recontact());
        s.setString(first + 6, consent.method() == null ? null : consent.method().key());
        s.setObject(first + 7, consent.recordedAt());
        s.setObject(first + 8, consent.withdrawnAt());
    }

    private static Consent read(ResultSet rs, String side) throws SQLException {
        String method = rs.getString(side + "method");
        return new Consent(rs.getBoolean(side + "participation"), rs.getBoolean(side + "audio_recording"),
                rs.getBoolean(side + "verbatim_quotes"), rs.getBoolean(side + "publish_pseudonym"),
                rs.getBoolean(side + "share_research"), rs.getBoolean(side + "recontact"),
                method == null ? null : ConsentMethod.fromKey(method),
                rs.getObject(side + "recorded_at", OffsetDateTime.class),
                rs.getObject(side + "withdrawn_at", OffsetDateTime.class));
    }
}
