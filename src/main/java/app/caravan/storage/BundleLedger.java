package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the sealed bundles carried ({@code sealed_item}) and the device's bundle sequence. Each
 * public method is one transaction.
 */
public final class BundleLedger {
    private final Vault vault;

    public BundleLedger(Vault vault) {
        this.vault = vault;
    }

    /** One thing a bundle carries, at one version ({@code stamp}). */
    public record Item(String kind, String key, String stamp) {
    }

    /** Where an interview stands now: enough to tell whether it changed since a bundle carried it. */
    public record InterviewStamp(UUID id, long revision, Instant updatedAt, OffsetDateTime withdrawnAt) {
        public String stamp() {
            return revision + "@" + updatedAt;
        }
    }

    /**
     * Every interview's revision, last change and withdrawal date, in key order; reads no content.
     * A bundle carries interviews in this order, so the desk inserts them into its id-keyed
     * indexes in order: each index page is changed once per bundle, not once per interview
     * (the importing thread's work fell by about a quarter; ADR 0008, session 9).
     */
    public List<InterviewStamp> interviewStamps() {
        return vault.read("listing interview revisions for a bundle", c -> {
            List<InterviewStamp> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.revision, i.updated_at, c.withdrawn_at"
                    + " FROM interview i LEFT JOIN consent c ON c.interview_id = i.id ORDER BY i.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new InterviewStamp(rs.getObject(1, UUID.class), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class)));
                }
            }
            return out;
        });
    }

    /**
     * The items carried by bundles the outbox holds completely, whatever their delivery state:
     * a queued bundle is delivered before any later one, so its content need not travel twice.
     */
    public Set<Item> covered() {
        return vault.read("reading what earlier bundles carried", c -> {
            Set<Item> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT si.kind, si.item_key, si.stamp FROM sealed_item si"
                    + " JOIN outbox_bundle ob ON ob.seq = si.seq WHERE ob.complete");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Item(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Takes the next sequence number (above every number used so far, in the ledger or the
     * outbox) and records what the bundle with that number will carry.
     */
    public long reserve(List<Item> items) {
        return vault.write("recording what a bundle carries", c -> {
            long last = Math.max(lastSequence(c), maxOutboxSequence(c));
            long seq = last + 1;
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO bundle_sequence (singleton, last_seq) KEY (singleton) VALUES (1, ?)")) {
                s.setLong(1, seq);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sealed_item (seq, kind, item_key, stamp) VALUES (?, ?, ?, ?)")) {
                for (Item item : items) {
                    s.setLong(1, seq);
                    s.setString(2, item.kind());
                    s.setString(3, item.key());
                    s.setString(4, item.stamp());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return seq;
        });
    }

    /** Forgets what a bundle that was never enqueued would have carried; its number stays used. */
    public void release(long seq) {
        vault.write("forgetting a bundle that was not sealed", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sealed_item WHERE seq = ?")) {
                s.setLong(1, seq);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static long lastSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM bundle_sequence WHERE singleton = 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long maxOutboxSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM outbox_bundle");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
