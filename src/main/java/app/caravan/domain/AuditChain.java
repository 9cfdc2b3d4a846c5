package app.caravan.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The audit log's hash chain. Each entry's hash is SHA-256 over an unambiguous encoding of its
 * fields and the previous entry's hash; the head (last sequence number and hash, kept beside
 * the log) makes a deleted or added last entry visible too. Pure functions: the storage layer
 * writes, the app layer asks {@link #verify}.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "caravan-audit-1";

    private AuditChain() {
    }

    /** What {@link #verify} found: {@code seq} is the first broken entry, -1 when the chain is intact. */
    public record Finding(boolean intact, long entries, long seq, String problem) {
    }

    /**
     * SHA-256 (hex) over the version tag, every field of the entry except its own hash, and the
     * previous hash. Each field is written as its UTF-8 length and bytes (-1 for null), so no two
     * different entries encode alike, whatever characters their values hold.
     */
    public static String hash(long seq, Instant at, String actor, UUID interviewId, String field,
            String oldValue, String newValue, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, VERSION);
            out.writeLong(seq);
            write(out, at == null ? null : at.toString());
            write(out, actor);
            write(out, interviewId == null ? null : interviewId.toString());
            write(out, field);
            write(out, oldValue);
            write(out, newValue);
            write(out, previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    public static String hash(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.interviewId(), e.field(), e.oldValue(), e.newValue(),
                e.previousHash());
    }

    /**
     * Walks {@code entries} (ordered by seq) against the chain and the head. Finds an edited entry
     * (its hash no longer matches), a deleted one (a gap in the numbers, or the head names a later
     * one), an inserted or appended one (a number out of the sequence, an entry that does not
     * follow its predecessor, or one the head does not know), reordered or renumbered entries
     * (an entry whose hash matches a neighbouring number) and an edited head.
     */
    public static Finding verify(List<AuditEntry> entries, long headSeq, String headHash) {
        String previous = GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.seq() < expected) {
                return broken(entries, e.seq(), "entry " + e.seq() + " is out of the sequence (it should be "
                        + expected + "): an entry was inserted");
            }
            if (e.seq() > expected) {
                String which = e.seq() == expected + 1 ? "entry " + expected + " is"
                        : "entries " + expected + " to " + (e.seq() - 1) + " are";
                return broken(entries, expected, which + " missing: deleted from the log");
            }
            if (!hash(e).equals(e.hash())) {
                return broken(entries, e.seq(), "entry " + e.seq() + edited(e));
            }
            if (!e.previousHash().equals(previous)) {
                return broken(entries, e.seq(), "entry " + e.seq() + " does not follow entry " + (e.seq() - 1)
                        + ": the chain was re-hashed after an entry before it was edited, inserted, deleted or"
                        + " moved");
            }
            previous = e.hash();
            expected++;
        }
        long last = expected - 1;
        if (headSeq > last) {
            String which = headSeq == last + 1 ? "entry " + headSeq + " is" : "entries " + (last + 1) + " to " + headSeq
                    + " are";
            return broken(entries, last + 1, which + " missing: the log ends at entry " + last + " but its head records " + headSeq
                    + " (the last entries were deleted)");
        }
        if (headSeq < last) {
            return broken(entries, headSeq + 1, "entry " + (headSeq + 1) + " is not recorded in the log's head, which"
                    + " ends at " + headSeq + ": it was appended outside Caravan");
        }
        if (!previous.equals(headHash)) {
            return broken(entries, last, "the log's head does not match entry " + last
                    + ": the head or the last entry was changed");
        }
        return new Finding(true, entries.size(), -1, "");
    }

    /** Why an entry's hash does not match: it holds a neighbour's content (moved), or was edited. */
    private static String edited(AuditEntry e) {
        for (long other : new long[] {e.seq() - 1, e.seq() + 1}) {
            if (hash(other, e.at(), e.actor(), e.interviewId(), e.field(), e.oldValue(), e.newValue(),
                    e.previousHash()).equals(e.hash())) {
                return " holds what was written as entry " + other + ": entries were reordered, or one was inserted"
                        + " or deleted and the rest renumbered";
            }
        }
        return " was edited: its content no longer matches its hash";
    }

    private static Finding broken(List<AuditEntry> entries, long seq, String problem) {
        return new Finding(false, entries.size(), seq, problem);
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
