package app.caravan.storage;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every table in a vault, per table and independent of row order: two equal maps
 * mean no row was added, removed or changed anywhere. For tests that prove a refused input
 * wrote nothing (not even half of something).
 */
public final class TableDigest {
    private TableDigest() {
    }

    /** Table name to "rows:sha256" of its sorted row digests. */
    public static Map<String, String> of(Vault vault) {
        return vault.read("digesting the tables", c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        MessageDigest row = sha256();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            int type = meta.getColumnType(i);
                            byte[] value = type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY ? rs.getBytes(i) : bytes(rs.getString(i));
                            row.update(value == null ? new byte[] {0} : value);
                            row.update(new byte[] {1, (byte) (value == null ? 0 : 1)});
                        }
                        rows.add(HexFormat.of().formatHex(row.digest()));
                    }
                }
                rows.sort(null);
                MessageDigest all = sha256();
                rows.forEach(r -> all.update(bytes(r)));
                digests.put(table, rows.size() + ":" + HexFormat.of().formatHex(all.digest()));
            }
            return digests;
        });
    }

    /** The tables whose digest differs between {@code before} and {@code after}. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String table : all.keySet()) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                changed.add(table + " (" + before.get(table) + " -> " + after.get(table) + ")");
            }
        }
        return changed;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
