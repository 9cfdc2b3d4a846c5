package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row mapping for {@code saved_filter}. */
final class SavedFilterRows {
    private SavedFilterRows() {
    }

    static List<SavedFilterStore.Row> all(Connection c) throws SQLException {
        List<SavedFilterStore.Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, filter_json, created_at FROM saved_filter ORDER BY name_key, id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedFilterStore.Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }

    /** True when another filter than {@code except} (may be null) already has this folded name. */
    static boolean nameTaken(Connection c, String nameKey, UUID except) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM saved_filter WHERE name_key = ?")) {
            s.setString(1, nameKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && !rs.getObject(1, UUID.class).equals(except);
            }
        }
    }

    static void insert(Connection c, SavedFilterStore.Row row, String nameKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO saved_filter (id, name, name_key, filter_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, row.id());
            s.setString(2, row.name());
            s.setString(3, nameKey);
            s.setString(4, row.json());
            s.setObject(5, row.createdAt().atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    static int rename(Connection c, UUID id, String name, String nameKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE saved_filter SET name = ?, name_key = ? WHERE id = ?")) {
            s.setString(1, name);
            s.setString(2, nameKey);
            s.setObject(3, id);
            return s.executeUpdate();
        }
    }

    static int delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM saved_filter WHERE id = ?")) {
            s.setObject(1, id);
            return s.executeUpdate();
        }
    }
}
