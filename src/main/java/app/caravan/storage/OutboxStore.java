package app.caravan.storage;

import app.caravan.domain.BundleState;
import app.caravan.domain.Delivery;
import app.caravan.domain.OutboxBundle;
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

/**
 * Sealed bundles and their delivery state (V9, ADR 0011). Like {@link AttachmentStore}, every
 * method is one short transaction and a bundle's bytes are 1 MiB BLOB parts, so enqueuing or
 * delivering a large bundle never holds the vault's single connection for long.
 */
public final class OutboxStore {
    public static final int DEFAULT_PART_SIZE = AttachmentStore.DEFAULT_PART_SIZE;

    private static final String COLUMNS = "id, device, seq, created_at, byte_size, sha256, state, part_size, folder";

    private final Vault vault;

    public OutboxStore(Vault vault) {
        this.vault = vault;
    }

    /** A bundle row and the part size its bytes were stored with. */
    public record Entry(OutboxBundle bundle, int partSize) {
    }

    /**
     * Starts a bundle with no content yet, invisible until {@link #finish}. The size and hash are
     * the announced ones; the caller checks them against what arrives.
     */
    public void begin(OutboxBundle bundle, int partSize) {
        vault.write("adding a bundle to the outbox", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_bundle (" + COLUMNS
                    + ", complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
                s.setObject(1, bundle.id());
                s.setString(2, bundle.device());
                s.setLong(3, bundle.sequence());
                s.setObject(4, bundle.createdAt().atOffset(ZoneOffset.UTC));
                s.setLong(5, bundle.size());
                s.setString(6, bundle.sha256());
                s.setString(7, bundle.state().key());
                s.setInt(8, partSize);
                s.setString(9, bundle.folder());
                return s.executeUpdate();
            }
        });
    }

    public void appendPart(UUID id, int seq, byte[] content, int length) {
        vault.write("storing bundle content in the outbox", c -> {
            PartRows.OUTBOX.insert(c, id, seq, content, length);
            return null;
        });
    }

    public void finish(UUID id) {
        vault.write("finishing a bundle in the outbox", c -> update(c,
                "UPDATE outbox_bundle SET complete = TRUE WHERE id = ?", id));
    }

    /** Copies part {@code seq} into {@code buffer}; its length, or -1 when there is no such part. */
    public int readPart(UUID id, int seq, byte[] buffer) {
        return vault.read("reading bundle content from the outbox", c -> PartRows.OUTBOX.read(c, id, seq, buffer));
    }

    /** Complete bundles in sequence order. */
    public List<Entry> list() {
        return vault.read("listing the outbox", c -> query(c, " WHERE complete ORDER BY seq", null));
    }

    public Optional<Entry> find(UUID id) {
        return vault.read("reading a bundle of the outbox", c -> {
            List<Entry> found = query(c, " WHERE id = ? AND complete", id);
            return found.isEmpty() ? Optional.<Entry>empty() : Optional.of(found.get(0));
        });
    }

    /** True when a bundle (complete or not) already has this id or sequence number. */
    public boolean taken(UUID id, long sequence) {
        return vault.read("checking the outbox", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM outbox_bundle WHERE id = ? OR seq = ?")) {
                s.setObject(1, id);
                s.setLong(2, sequence);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    /** Removes bundles whose enqueuing was interrupted (a crash, a kill); their count. */
    public int deleteIncomplete() {
        return vault.write("removing interrupted bundles from the outbox",
                c -> update(c, "DELETE FROM outbox_bundle WHERE NOT complete", null));
    }

    public void delete(UUID id) {
        vault.write("removing a bundle from the outbox", c -> update(c, "DELETE FROM outbox_bundle WHERE id = ?", id));
    }

    public void setState(UUID id, BundleState state) {
        vault.write("changing a bundle's state", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox_bundle SET state = ? WHERE id = ?")) {
                s.setString(1, state.key());
                s.setObject(2, id);
                return s.executeUpdate();
            }
        });
    }

    /** Acknowledged by the desk: the state changes and the bytes go, in one transaction. */
    public boolean acknowledge(UUID id) {
        return vault.write("acknowledging a bundle", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox_bundle SET state = 'acknowledged' WHERE id = ? AND complete")) {
                s.setObject(1, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            update(c, "DELETE FROM outbox_part WHERE bundle_id = ?", id);
            return true;
        });
    }

    /**
     * Inside an import transaction: the desk confirmed every bundle of this device up to
     * {@code sequence}. Those in the root folder (this device's own, not replies it relays) are
     * marked acknowledged and their bytes dropped; returns how many changed.
     */
    public static int acknowledgeUpTo(Connection c, String device, long sequence) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM outbox_bundle WHERE device = ? AND seq <= ?"
                + " AND folder = '' AND complete AND state <> 'acknowledged'")) {
            s.setString(1, device);
            s.setLong(2, sequence);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        for (UUID id : ids) {
            update(c, "UPDATE outbox_bundle SET state = 'acknowledged' WHERE id = ?", id);
            update(c, "DELETE FROM outbox_part WHERE bundle_id = ?", id);
        }
        return ids.size();
    }

    /** The delivery rows of every bundle; absent rows mean "never tried". */
    public List<Delivery> deliveries() {
        return vault.read("reading delivery state", c -> {
            List<Delivery> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT bundle_id, target_id, attempts, next_attempt_at,"
                    + " last_error, delivered_at FROM outbox_delivery");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            instant(rs.getObject(4, OffsetDateTime.class)), rs.getString(5),
                            instant(rs.getObject(6, OffsetDateTime.class))));
                }
            }
            return out;
        });
    }

    /** Records one delivery result (failure with backoff, or success), in one transaction. */
    public void record(Delivery delivery) {
        vault.write("recording a delivery", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO outbox_delivery (bundle_id, target_id,"
                    + " attempts, next_attempt_at, last_error, delivered_at) KEY (bundle_id, target_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, delivery.bundleId());
                s.setObject(2, delivery.targetId());
                s.setInt(3, delivery.attempts());
                s.setObject(4, offset(delivery.nextAttemptAt()));
                String error = delivery.lastError();
                s.setString(5, error == null || error.length() <= 2000 ? error : error.substring(0, 2000));
                s.setObject(6, offset(delivery.deliveredAt()));
                return s.executeUpdate();
            }
        });
    }

    private static int update(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, id);
            }
            return s.executeUpdate();
        }
    }

    private static List<Entry> query(Connection c, String where, UUID parameter) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox_bundle" + where)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(new OutboxBundle(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getString(6),
                            BundleState.fromKey(rs.getString(7)), rs.getString(9)), rs.getInt(8)));
                }
            }
        }
        return out;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime offset(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
