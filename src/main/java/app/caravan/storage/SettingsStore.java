package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Name/value preferences kept inside the encrypted vault. */
public final class SettingsStore {
    private final Vault vault;

    public SettingsStore(Vault vault) {
        this.vault = vault;
    }

    public Optional<String> get(String name) {
        return vault.read("reading a setting", c -> get(c, name));
    }

    public void put(String name, String value) {
        vault.write("saving a setting", c -> {
            put(c, name, value);
            return null;
        });
    }

    /** On the caller's connection, for stores that read a setting inside their own work. */
    static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** On the caller's connection (and transaction). */
    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
