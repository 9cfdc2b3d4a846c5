package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The editor's de-identification decisions (V13), per interview. Each public method is one transaction. */
public final class DeidDecisionStore {
    private static final String COLUMNS = "id, interview_id, kind, category, quote, approx_start, created_at, created_by";
    private final Vault vault;

    public DeidDecisionStore(Vault vault) {
        this.vault = vault;
    }

    /** One stored decision; {@code kind} is "undo" or "mark", {@code category} a placeholder category key. */
    public record Row(UUID id, UUID interviewId, String kind, String category, String quote, int approximateStart,
            Instant createdAt, String createdBy) {
    }

    public List<Row> forInterview(UUID interviewId) {
        return vault.read("reading de-identification decisions", c -> query(c, " WHERE interview_id = ?", interviewId));
    }

    /** Every decision of the vault by interview, for an export. */
    public Map<UUID, List<Row>> all() {
        return vault.read("reading de-identification decisions", c -> {
            Map<UUID, List<Row>> out = new HashMap<>();
            for (Row r : query(c, "", null)) {
                out.computeIfAbsent(r.interviewId(), k -> new ArrayList<>()).add(r);
            }
            return out;
        });
    }

    /** False when the interview is gone. */
    public boolean add(Row row) {
        return vault.write("saving a de-identification decision", c -> {
            if (!InterviewRows.exists(c, "SELECT 1 FROM interview WHERE id = ?", row.interviewId())) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO deid_decision (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, row.id());
                s.setObject(2, row.interviewId());
                s.setString(3, row.kind());
                s.setString(4, row.category());
                s.setString(5, row.quote());
                s.setInt(6, row.approximateStart());
                s.setObject(7, row.createdAt().atOffset(ZoneOffset.UTC));
                s.setString(8, row.createdBy());
                s.executeUpdate();
            }
            return true;
        });
    }

    public boolean delete(UUID id) {
        return vault.write("forgetting a de-identification decision", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM deid_decision WHERE id = ?")) {
                s.setObject(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static List<Row> query(Connection c, String where, UUID parameter) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deid_decision" + where
                + " ORDER BY interview_id, approx_start, created_at, id")) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)));
                }
            }
        }
        return out;
    }
}
