package app.caravan.ui.fake;

import app.caravan.app.AuditReport;
import app.caravan.app.AuditService;
import app.caravan.domain.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The audit log in memory: entries chained by SHA-256 like the vault's, sensitive values
 * (comment bodies) stored only as hashes, as the real log does.
 */
public final class InMemoryAudit implements AuditService {
    private final List<AuditEntry> entries = new ArrayList<>();

    synchronized void record(String actor, UUID interviewId, String field, String oldValue, String newValue) {
        String previous = entries.isEmpty() ? "" : entries.get(entries.size() - 1).hash();
        long seq = entries.size() + 1L;
        Instant at = Instant.now();
        String hash = sha256(previous + "|" + seq + "|" + at + "|" + actor + "|" + interviewId + "|" + field + "|"
                + oldValue + "|" + newValue);
        entries.add(new AuditEntry(seq, at, actor, interviewId, field, oldValue, newValue, previous, hash));
    }

    /** A sensitive value as the log shows it: a hash, never the text. */
    static String hashed(String value) {
        return value == null ? null : "sha256:" + sha256(value).substring(0, 16);
    }

    @Override
    public synchronized List<AuditEntry> forInterview(UUID interviewId) {
        return entries.stream().filter(e -> interviewId.equals(e.interviewId())).toList();
    }

    @Override
    public synchronized AuditReport verify() {
        String previous = "";
        for (AuditEntry e : entries) {
            if (!e.previousHash().equals(previous)) {
                return AuditReport.broken(entries.size(), e.seq(), "entry " + e.seq() + " does not follow its predecessor");
            }
            previous = e.hash();
        }
        return AuditReport.ok(entries.size());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
