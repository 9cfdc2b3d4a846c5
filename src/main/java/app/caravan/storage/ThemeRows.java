package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Codebook edits: renaming, recoloring, nesting and merging themes. */
final class ThemeRows {
    private ThemeRows() {
    }

    /** theme key → parent key (null for top level), the whole codebook. */
    static Map<String, String> parents(Connection c) throws SQLException {
        Map<String, String> parents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT theme_key, parent_key FROM theme");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                parents.put(rs.getString(1), rs.getString(2));
            }
        }
        return parents;
    }

    /** True when {@code key} is {@code ancestor} or lies below it. */
    static boolean isWithin(Map<String, String> parents, String key, String ancestor) {
        Set<String> seen = new HashSet<>();
        for (String k = key; k != null && seen.add(k); k = parents.get(k)) {
            if (k.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    static int set(Connection c, String column, String key, String value) throws SQLException {
        // column is one of our own constants, never user input
        try (PreparedStatement s = c.prepareStatement("UPDATE theme SET " + column + " = ? WHERE theme_key = ?")) {
            s.setString(1, value);
            s.setString(2, key);
            return s.executeUpdate();
        }
    }

    /**
     * Recodes every use of {@code from} as {@code into} (a coding that already had both keeps
     * one), bumps the revision of each interview touched so that a stale editor cannot write
     * the old key back, and returns how many codings used {@code from}.
     */
    static int recode(Connection c, String from, String into, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE interview SET revision = revision + 1, updated_at = ?"
                + " WHERE id IN (SELECT interview_id FROM interview_theme WHERE theme_key = ?"
                + " UNION SELECT interview_id FROM segment_theme WHERE theme_key = ?)")) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setString(2, from);
            s.setString(3, from);
            s.executeUpdate();
        }
        int recoded = 0;
        recoded += run(c, "DELETE FROM interview_theme t WHERE t.theme_key = ? AND EXISTS (SELECT 1"
                + " FROM interview_theme u WHERE u.interview_id = t.interview_id AND u.theme_key = ?)", from, into);
        recoded += run(c, "UPDATE interview_theme SET theme_key = ? WHERE theme_key = ?", into, from);
        recoded += run(c, "DELETE FROM segment_theme t WHERE t.theme_key = ? AND EXISTS (SELECT 1 FROM segment_theme u"
                + " WHERE u.interview_id = t.interview_id AND u.segment_position = t.segment_position"
                + " AND u.theme_key = ?)", from, into);
        recoded += run(c, "UPDATE segment_theme SET theme_key = ? WHERE theme_key = ?", into, from);
        return recoded;
    }

    /**
     * Removes {@code from} from the codebook after its codings went to {@code into}: its children
     * move under {@code into}. If {@code into} lay below {@code from} it first takes
     * {@code from}'s place, so no theme ends up inside itself.
     */
    static void fold(Connection c, Map<String, String> parents, String from, String into) throws SQLException {
        if (isWithin(parents, into, from)) {
            set(c, "parent_key", into, parents.get(from));
        }
        run(c, "UPDATE theme SET parent_key = ? WHERE parent_key = ?", into, from);
        run(c, "DELETE FROM theme WHERE theme_key = ?", from);
    }

    private static int run(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }
}
