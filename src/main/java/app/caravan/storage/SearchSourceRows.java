package app.caravan.storage;

import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the searchable texts of an interview (see {@link SearchSources}) from its tables. */
final class SearchSourceRows {
    private SearchSourceRows() {
    }

    /** The stored texts of an interview, or empty when it does not exist. */
    static Optional<SearchSources> sources(Connection c, UUID id) throws SQLException {
        String pseudonym;
        OffsetDateTime at;
        String transcript;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT pseudonym, interviewed_at, transcript FROM interview WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                pseudonym = rs.getString(1);
                at = rs.getObject(2, OffsetDateTime.class);
                transcript = rs.getString(3);
            }
        }
        List<String> notes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM note WHERE interview_id = ? ORDER BY position")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.add(rs.getString(1));
                }
            }
        }
        List<SearchSources.Anchored> memos = anchored(c, id,
                "SELECT start_offset, memo FROM segment WHERE interview_id = ? ORDER BY position");
        return Optional.of(new SearchSources(id, pseudonym, at, transcript, notes, memos, comments(c, id)));
    }

    /** Review comment bodies with their anchors, oldest first. */
    static List<SearchSources.Anchored> comments(Connection c, UUID id) throws SQLException {
        return anchored(c, id,
                "SELECT start_offset, body FROM review_comment WHERE interview_id = ? ORDER BY created_at, id");
    }

    static SearchSources sources(Interview i, List<SearchSources.Anchored> comments) {
        List<SearchSources.Anchored> memos = new ArrayList<>();
        for (Segment segment : i.segments()) {
            memos.add(new SearchSources.Anchored(segment.start(), segment.memo()));
        }
        return new SearchSources(i.id(), i.pseudonym(), i.interviewedAt(), i.transcript(),
                i.notes().stream().map(Note::text).toList(), memos, comments);
    }

    private static List<SearchSources.Anchored> anchored(Connection c, UUID id, String sql) throws SQLException {
        List<SearchSources.Anchored> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new SearchSources.Anchored(rs.getInt(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
