package app.caravan.storage;

import app.caravan.domain.DeskRecipient;
import app.caravan.domain.KnownDevice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The device's keys, the desk recipients and the known devices (V8). Each public method is one transaction. */
public final class DeviceKeyStore {
    private final Vault vault;

    public DeviceKeyStore(Vault vault) {
        this.vault = vault;
    }

    /** The stored key row; the arrays belong to the caller, who wipes the secret ones. */
    public record DeviceKeyRow(UUID deviceId, byte[] ageIdentity, byte[] signingPublic, byte[] signingPrivate,
            Instant createdAt) {
    }

    public Optional<DeviceKeyRow> deviceKey() {
        return vault.read("reading the device keys", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT device_id, age_identity, signing_public,"
                    + " signing_private, created_at FROM device_key WHERE singleton = 1");
                    ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DeviceKeyRow(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3),
                        rs.getBytes(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
        });
    }

    /** Stores {@code row} unless the vault already has keys; returns whether it was stored. */
    public boolean createDeviceKey(DeviceKeyRow row) {
        return vault.write("creating the device keys", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM device_key");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO device_key (singleton, device_id, age_identity,"
                    + " signing_public, signing_private, created_at) VALUES (1, ?, ?, ?, ?, ?)")) {
                s.setObject(1, row.deviceId());
                s.setBytes(2, row.ageIdentity());
                s.setBytes(3, row.signingPublic());
                s.setBytes(4, row.signingPrivate());
                s.setObject(5, utc(row.createdAt()));
                s.executeUpdate();
            }
            return true;
        });
    }

    /** Oldest first. */
    public List<DeskRecipient> recipients() {
        return vault.read("listing desk recipients", c -> {
            List<DeskRecipient> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT recipient, label, added_at FROM desk_recipient ORDER BY added_at, recipient");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeskRecipient(rs.getString(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        });
    }

    /** Adds {@code recipient}; false (and nothing changed) when it is already there. */
    public boolean addRecipient(DeskRecipient recipient) {
        return vault.write("adding a desk recipient", c -> {
            if (exists(c, "SELECT 1 FROM desk_recipient WHERE recipient = ?", recipient.recipient())) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO desk_recipient (recipient, label, added_at) VALUES (?, ?, ?)")) {
                s.setString(1, recipient.recipient());
                s.setString(2, recipient.label());
                s.setObject(3, utc(recipient.addedAt()));
                s.executeUpdate();
            }
            return true;
        });
    }

    /** Adds all of {@code recipients}, or none: returns the first one already there, if any. */
    public Optional<String> addRecipients(List<DeskRecipient> recipients) {
        return vault.write("adding desk recipients", c -> {
            for (DeskRecipient r : recipients) {
                if (exists(c, "SELECT 1 FROM desk_recipient WHERE recipient = ?", r.recipient())) {
                    return Optional.of(r.recipient());
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO desk_recipient (recipient, label, added_at) VALUES (?, ?, ?)")) {
                for (DeskRecipient r : recipients) {
                    s.setString(1, r.recipient());
                    s.setString(2, r.label());
                    s.setObject(3, utc(r.addedAt()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return Optional.empty();
        });
    }

    public boolean removeRecipient(String recipient) {
        return vault.write("removing a desk recipient", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM desk_recipient WHERE recipient = ?")) {
                s.setString(1, recipient);
                return s.executeUpdate() > 0;
            }
        });
    }

    public Optional<KnownDevice> knownDevice(UUID deviceId) {
        return vault.read("reading a known device", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT device_id, public_key, fingerprint, first_seen,"
                    + " trusted FROM known_device WHERE device_id = ?")) {
                s.setObject(1, deviceId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(device(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<KnownDevice> knownDevices() {
        return vault.read("listing known devices", c -> {
            List<KnownDevice> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT device_id, public_key, fingerprint, first_seen,"
                    + " trusted FROM known_device ORDER BY first_seen, device_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(device(rs));
                }
            }
            return out;
        });
    }

    /** Records a device seen for the first time, or updates whether it is trusted; the key never changes. */
    public void saveDevice(KnownDevice device) {
        vault.write("saving a known device", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO known_device (device_id, public_key, fingerprint,"
                    + " first_seen, trusted) KEY (device_id) VALUES (?, ?, ?, ?, ?)")) {
                s.setObject(1, device.deviceId());
                s.setBytes(2, device.publicKey());
                s.setString(3, device.fingerprint());
                s.setObject(4, utc(device.firstSeen()));
                s.setBoolean(5, device.trusted());
                s.executeUpdate();
            }
            return null;
        });
    }

    private static KnownDevice device(ResultSet rs) throws SQLException {
        return new KnownDevice(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5));
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
