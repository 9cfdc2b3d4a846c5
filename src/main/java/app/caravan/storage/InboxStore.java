package app.caravan.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What pulling bundles from targets needs to remember: how far each sender is imported, and files refused for good. */
public final class InboxStore {
    private final Vault vault;

    public InboxStore(Vault vault) {
        this.vault = vault;
    }

    /** sender device → sequence of the last bundle imported from it. */
    public Map<UUID, Long> imported() {
        return vault.read("reading imported bundles", c -> {
            Map<UUID, Long> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT device_id, seq FROM imported_bundle");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** Names of the files on this target that were refused for good. */
    public Set<String> refused(UUID targetId) {
        return vault.read("reading refused bundles", c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM inbox_refused WHERE target_id = ?")) {
                s.setObject(1, targetId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    public void refuse(UUID targetId, String name, String reason, Instant at) {
        vault.write("recording a refused bundle", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO inbox_refused (target_id, name, reason,"
                    + " refused_at) KEY (target_id, name) VALUES (?, ?, ?, ?)")) {
                s.setObject(1, targetId);
                s.setString(2, name);
                s.setString(3, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                s.setObject(4, at.atOffset(ZoneOffset.UTC));
                return s.executeUpdate();
            }
        });
    }
}
