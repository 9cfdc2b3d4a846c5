package app.caravan.anonymize;

import app.caravan.crypto.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Participant ids for an export: {@code "P-"} followed by 8 base32 characters (RFC 4648 alphabet,
 * 40 bits), unique within the export.
 *
 * <p>{@link Scheme#RANDOM} ids are drawn fresh for every export, so two exports cannot be joined on
 * them. {@link Scheme#STABLE} ids are HMAC-SHA256(vault secret, interview id): the same interview
 * gets the same id in every export of the same vault, which <em>links exports</em> — a recipient of
 * two exports learns that two records are the same person. Use it only when that is the intent
 * (longitudinal work) and the recipients are trusted with it.
 */
public final class ParticipantIds {
    public static final String PREFIX = "P-";
    static final int CHARS = 8;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final byte[] LABEL = "caravan-participant-id-v1:".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 64;

    private ParticipantIds() {
    }

    /** How ids were made, with the wording {@link DataCard#idScheme()} takes. */
    public enum Scheme {
        RANDOM("random per export (P- + 8 base32 characters); ids do not link this export to any other"),
        STABLE("stable: HMAC-SHA256 of the interview id under a vault secret (P- + 8 base32 characters);"
                + " the same participant has the same id in every export from this vault");

        private final String description;

        Scheme(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Fresh random ids, one per interview id, in iteration order. */
    public static Map<UUID, String> random(Collection<UUID> interviewIds, SecureRandom random) {
        Map<UUID, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        byte[] bytes = new byte[5];
        for (UUID interview : interviewIds) {
            if (ids.containsKey(interview)) {
                continue;
            }
            String id;
            do {
                random.nextBytes(bytes);
                id = PREFIX + base32(bytes, CHARS);
            } while (!used.add(id));
            ids.put(interview, id);
        }
        return ids;
    }

    public static Map<UUID, String> random(Collection<UUID> interviewIds) {
        return random(interviewIds, new SecureRandom());
    }

    /**
     * Stable ids from HMAC-SHA256(secret, "caravan-participant-id-v1:" + interview id as text). The
     * secret is only read during the call; the caller owns and wipes it. Should two interviews of one
     * export share the 40-bit prefix (about 1 in 20,000 for 10,000 interviews), both get 16
     * characters instead, so ids stay unique; those two then differ from their ids in other exports.
     *
     * @throws IllegalArgumentException when the secret is shorter than 16 bytes
     */
    public static Map<UUID, String> stable(byte[] secret, Collection<UUID> interviewIds) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the vault secret for stable participant ids must be at least"
                    + " 16 bytes (got " + (secret == null ? "none" : secret.length) + ")");
        }
        return stable(secret, interviewIds, CHARS);
    }

    /** {@link #stable(byte[], Collection)} with {@code chars} characters; tests force collisions with few. */
    static Map<UUID, String> stable(byte[] secret, Collection<UUID> interviewIds, int chars) {
        Map<UUID, byte[]> macs = new LinkedHashMap<>();
        Map<String, Integer> shortCounts = new java.util.HashMap<>();
        for (UUID interview : interviewIds) {
            if (!macs.containsKey(interview)) {
                byte[] mac = hmacSha256(secret, message(interview));
                macs.put(interview, mac);
                shortCounts.merge(base32(mac, chars), 1, Integer::sum);
            }
        }
        Map<UUID, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        macs.forEach((interview, mac) -> {
            String shortId = base32(mac, chars);
            String id = PREFIX + (shortCounts.get(shortId) == 1 ? shortId : base32(mac, 2 * chars));
            if (!used.add(id)) {
                // Two 80-bit HMAC prefixes alike: not a chance event but a broken secret or input.
                throw new IllegalStateException("stable participant ids collide even at " + 2 * chars + " characters");
            }
            ids.put(interview, id);
        });
        return ids;
    }

    private static byte[] message(UUID interview) {
        byte[] id = interview.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(LABEL, LABEL.length + id.length);
        System.arraycopy(id, 0, message, LABEL.length, id.length);
        return message;
    }

    /**
     * HMAC (RFC 2104) by hand rather than {@code javax.crypto.Mac}: a {@code SecretKeySpec} keeps a
     * copy of the key that cannot be wiped, and here every copy of the secret is wiped before return.
     */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        MessageDigest sha = sha256();
        byte[] block = new byte[BLOCK];
        byte[] hashedKey = null;
        byte[] inner = null;
        try {
            if (key.length > BLOCK) {
                hashedKey = sha.digest(key);
                System.arraycopy(hashedKey, 0, block, 0, hashedKey.length);
            } else {
                System.arraycopy(key, 0, block, 0, key.length);
            }
            for (int i = 0; i < BLOCK; i++) {
                block[i] ^= 0x36;
            }
            sha.update(block);
            sha.update(message);
            inner = sha.digest();
            for (int i = 0; i < BLOCK; i++) {
                block[i] ^= 0x36 ^ 0x5c;
            }
            sha.update(block);
            sha.update(inner);
            return sha.digest();
        } finally {
            Secrets.wipe(block, hashedKey, inner);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    /** The first {@code chars} base32 characters of {@code bytes}, 5 bits each, most significant first. */
    static String base32(byte[] bytes, int chars) {
        if (chars * 5 > bytes.length * 8) {
            throw new IllegalArgumentException(chars + " base32 characters need more than " + bytes.length + " bytes");
        }
        StringBuilder out = new StringBuilder(chars);
        for (int c = 0; c < chars; c++) {
            int bit = c * 5;
            int value = 0;
            for (int b = 0; b < 5; b++) {
                int at = bit + b;
                value = (value << 1) | ((bytes[at / 8] >> (7 - at % 8)) & 1);
            }
            out.append(BASE32[value]);
        }
        return out.toString();
    }
}
