package app.caravan.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Name/value preferences kept inside the encrypted vault. */
public final class SettingsStore {
    private final Vault vault;

    public SettingsStore(Vault vault) {
        this.vault = vault;
    }

    public Optional<String> get(String name) {
        return vault.read("reading a setting", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String name, String value) {
        vault.write("saving a setting", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
