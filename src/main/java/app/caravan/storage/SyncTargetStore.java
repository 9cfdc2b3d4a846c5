package app.caravan.storage;

import app.caravan.domain.SyncTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Delivery targets (V9). A WebDAV password is stored as UTF-8 bytes inside the encrypted vault
 * and handed out only as a char[] the caller wipes, never as a String.
 */
public final class SyncTargetStore {
    private final Vault vault;

    public SyncTargetStore(Vault vault) {
        this.vault = vault;
    }

    public void add(SyncTarget target, char[] secret) {
        byte[] bytes = secret == null ? null : utf8(secret);
        try {
            vault.write("adding a delivery target", c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_target (id, kind, location,"
                        + " user_name, secret, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setObject(1, target.id());
                    s.setString(2, target.kind().key());
                    s.setString(3, target.location());
                    s.setString(4, target.user());
                    s.setBytes(5, bytes);
                    s.setObject(6, target.addedAt().atOffset(ZoneOffset.UTC));
                    return s.executeUpdate();
                }
            });
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** Targets, oldest first. */
    public List<SyncTarget> list() {
        return vault.read("listing delivery targets", c -> {
            List<SyncTarget> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, kind, location, user_name, added_at FROM sync_target ORDER BY added_at, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new SyncTarget(rs.getObject(1, UUID.class), SyncTarget.Kind.fromKey(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        });
    }

    /** The target's password (the caller wipes it), or null when it has none. */
    public char[] secret(UUID id) {
        return vault.read("reading a delivery target's password", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT secret FROM sync_target WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        if (in == null) {
                            return null;
                        }
                        byte[] bytes = in.readAllBytes();
                        try {
                            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
                            char[] out = new char[chars.remaining()];
                            chars.get(out);
                            Arrays.fill(chars.array(), '\0');
                            return out;
                        } finally {
                            Arrays.fill(bytes, (byte) 0);
                        }
                    } catch (IOException e) {
                        throw new SQLException("reading the password of target " + id + " failed", e);
                    }
                }
            }
        });
    }

    public boolean remove(UUID id) {
        return vault.write("removing a delivery target", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_target WHERE id = ?")) {
                s.setObject(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static byte[] utf8(char[] secret) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(secret));
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            Arrays.fill(buffer.array(), (byte) 0);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The password is not valid text (unpaired surrogate)", e);
        }
    }
}
