package app.caravan.storage;

import app.caravan.domain.Tombstone;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row mapping for {@code tombstone}. */
final class TombstoneRows {
    private static final String SELECT = "SELECT interview_id, withdrawn_at, purged_at FROM tombstone";

    private TombstoneRows() {
    }

    static Optional<Tombstone> find(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE interview_id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static List<Tombstone> all(Connection c) throws SQLException {
        List<Tombstone> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY purged_at, interview_id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    static void insert(Connection c, Tombstone t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tombstone (interview_id, withdrawn_at, purged_at) VALUES (?, ?, ?)")) {
            s.setObject(1, t.interviewId());
            s.setObject(2, t.withdrawnAt());
            s.setObject(3, t.purgedAt().atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private static Tombstone read(ResultSet rs) throws SQLException {
        return new Tombstone(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                rs.getObject(3, OffsetDateTime.class).toInstant());
    }
}
