package app.caravan.storage;

import app.caravan.crypto.AesGcm;
import app.caravan.crypto.Secrets;
import app.caravan.domain.AuditChain;
import app.caravan.domain.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Row mapping for {@code audit_entry}, {@code audit_head} and {@code audit_key}. */
final class AuditRows {
    /** Prefix of a value stored as a keyed hash, so a reader never mistakes it for the value. */
    static final String HMAC_PREFIX = "hmac:";
    private static final int KEY_BYTES = 32;
    private static final String COLUMNS = "seq, at, actor, interview_id, field, old_value, new_value, prev_hash, hash";

    private AuditRows() {
    }

    /** The head: last sequence number and hash. */
    record Head(long seq, String hash) {
    }

    /**
     * Appends one entry after the head and moves the head, on the caller's transaction. The time
     * is kept to the microsecond so it reads back exactly as it was hashed.
     */
    static AuditEntry append(Connection c, Instant at, String actor, UUID interviewId, String field, String oldValue,
            String newValue) throws SQLException {
        AuditEntry entry = appendAfter(c, existingHead(c), at, actor, interviewId, field, oldValue, newValue);
        moveHead(c, new Head(entry.seq(), entry.hash()));
        return entry;
    }

    /** The head, or the error that says the log was tampered with. */
    static Head existingHead(Connection c) throws SQLException {
        Head head = head(c);
        if (head == null) {
            throw new StorageException("The audit log's head record is missing; run `caravan audit verify`");
        }
        return head;
    }

    /**
     * Inserts the entry that follows {@code head} without moving the head row: a batch moves it
     * once at its end ({@link #moveHead}), on the same transaction.
     */
    static AuditEntry appendAfter(Connection c, Head head, Instant at, String actor, UUID interviewId, String field,
            String oldValue, String newValue) throws SQLException {
        long seq = head.seq() + 1;
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.hash(seq, when, actor, interviewId, field, oldValue, newValue, head.hash());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setObject(2, when.atOffset(ZoneOffset.UTC));
            s.setString(3, actor);
            s.setObject(4, interviewId);
            s.setString(5, field);
            s.setString(6, oldValue);
            s.setString(7, newValue);
            s.setString(8, head.hash());
            s.setString(9, hash);
            s.executeUpdate();
        }
        return new AuditEntry(seq, when, actor, interviewId, field, oldValue, newValue, head.hash(), hash);
    }

    static void moveHead(Connection c, Head head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            s.setLong(1, head.seq());
            s.setString(2, head.hash());
            s.executeUpdate();
        }
    }

    /** Null when the head row is gone (which only tampering does). */
    static Head head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    /** Entries ordered by seq; of one interview, or all when {@code interviewId} is null. */
    static List<AuditEntry> list(Connection c, UUID interviewId) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry"
                + (interviewId == null ? "" : " WHERE interview_id = ?") + " ORDER BY seq")) {
            if (interviewId != null) {
                s.setObject(1, interviewId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    /**
     * HMAC-SHA256 of {@code value} under the interview's audit key (created on first use), as
     * {@code hmac:<hex>}; null for an absent or empty value, so "set" and "cleared" stay visible.
     * The interview must exist: its key is deleted with it.
     */
    static String keyed(Connection c, UUID interviewId, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        byte[] key = key(c, interviewId);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HMAC_PREFIX + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        } finally {
            Secrets.wipe(key);
        }
    }

    private static byte[] key(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT hmac_key FROM audit_key WHERE interview_id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getBytes(1);
                }
            }
        }
        byte[] key = AesGcm.randomBytes(KEY_BYTES);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_key (interview_id, hmac_key) VALUES (?, ?)")) {
            s.setObject(1, interviewId);
            s.setBytes(2, key);
            s.executeUpdate();
        }
        return key;
    }
}
