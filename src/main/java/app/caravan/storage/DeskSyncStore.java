package app.caravan.storage;

import app.caravan.domain.Attachment;
import app.caravan.domain.City;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.KnownDevice;
import app.caravan.domain.Profession;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Theme;
import app.caravan.domain.Tombstone;
import java.io.ByteArrayInputStream;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The desk side of bundles (V11): a whole bundle is read and merged inside ONE transaction
 * ({@link #importing}), so a bundle that fails half-way leaves the vault exactly as it was.
 * Interview changes go through {@link InterviewEvents} like every other write: audit and search stay exact.
 */
public final class DeskSyncStore {
    private final Vault vault;
    private final InterviewEvents events;
    private final ReviewSync reviews;

    public DeskSyncStore(Vault vault, InterviewEvents events, ReviewSync reviews) {
        this.vault = vault;
        this.events = events;
        this.reviews = reviews;
    }

    /** The last bundle imported from a device. */
    public record LastImport(long sequence, String manifestSha256) {
    }

    /** What merging one incoming interview did. */
    public enum Merge {
        NEW, UPDATED, CONFLICT, UNCHANGED, PURGED_HERE
    }

    /** Runs {@code work} in one write transaction; any exception it throws rolls everything back. */
    public <T> T importing(Function<Tx, T> work) {
        return vault.write("importing a bundle", c -> events.batch(c, x -> work.apply(new Tx(x))));
    }

    /** Keeps the desk version: the conflict goes, and the next change on either side is compared again. */
    public boolean dropConflict(UUID conflictId) {
        return vault.write("resolving a sync conflict", c -> deleteConflict(c, conflictId));
    }

    /** Replaces the desk version by the conflict's incoming one; false when the conflict or interview is gone. */
    public boolean applyConflict(UUID conflictId, IdentifiedInterview incoming, String actor, Instant at) {
        return vault.write("resolving a sync conflict", c -> {
            UUID device;
            try (PreparedStatement s = c.prepareStatement("SELECT device_id FROM sync_conflict WHERE id = ?")) {
                s.setObject(1, conflictId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    device = rs.getObject(1, UUID.class);
                }
            }
            Optional<Interview> stored = InterviewRows.find(c, incoming.interview().id());
            if (stored.isEmpty()) {
                return false;
            }
            new Tx(c).replace(stored.get(), incoming, device, actor, at);
            return deleteConflict(c, conflictId);
        });
    }

    private static boolean deleteConflict(Connection c, UUID conflictId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_conflict WHERE id = ?")) {
            s.setObject(1, conflictId);
            return s.executeUpdate() == 1;
        }
    }

    /** The import transaction's operations; SQL failures surface as {@link StorageException}. */
    public final class Tx {
        private final Connection c;

        private Tx(Connection c) {
            this.c = c;
        }

        /** This vault's review state of an interview; empty when it is not here. */
        public Optional<ReviewState> reviewState(UUID interviewId) {
            return sql("reading a review state", () -> ReviewSync.state(c, interviewId));
        }

        /** Applies a review state {@code peer} sent (see {@link ReviewSync}); false when nothing changed. */
        public boolean applyReview(ReviewState incoming, String peer, Instant at) {
            return sql("applying a review state", () -> reviews.apply(c, incoming.interviewId(), incoming, peer, at));
        }

        /** The desk has this device's bundles up to {@code sequence}: they leave the outbox. */
        public int acknowledge(String device, long sequence) {
            return sql("acknowledging bundles", () -> OutboxStore.acknowledgeUpTo(c, device, sequence));
        }

        /** Where replies to {@code deviceId} are sealed to, as its latest bundle says. */
        public void replyTo(UUID deviceId, String recipient) {
            sql("recording a reply key", () -> {
                ReviewSync.replyTo(c, deviceId, recipient);
                return null;
            });
        }

        public Optional<KnownDevice> knownDevice(UUID deviceId) {
            return sql("reading a known device", () -> {
                try (PreparedStatement s = c.prepareStatement("SELECT device_id, public_key, fingerprint, first_seen,"
                        + " trusted FROM known_device WHERE device_id = ?")) {
                    s.setObject(1, deviceId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(new KnownDevice(rs.getObject(1, UUID.class), rs.getBytes(2),
                                rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5)))
                                : Optional.<KnownDevice>empty();
                    }
                }
            });
        }

        public void saveDevice(KnownDevice d) {
            sql("saving a known device", () -> {
                try (PreparedStatement s = c.prepareStatement("MERGE INTO known_device (device_id, public_key,"
                        + " fingerprint, first_seen, trusted) KEY (device_id) VALUES (?, ?, ?, ?, ?)")) {
                    s.setObject(1, d.deviceId());
                    s.setBytes(2, d.publicKey());
                    s.setString(3, d.fingerprint());
                    s.setObject(4, utc(d.firstSeen()));
                    s.setBoolean(5, d.trusted());
                    return s.executeUpdate();
                }
            });
        }

        public Optional<LastImport> lastImport(UUID deviceId) {
            return sql("reading the last imported bundle", () -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT seq, manifest_sha256 FROM imported_bundle WHERE device_id = ?")) {
                    s.setObject(1, deviceId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(new LastImport(rs.getLong(1), rs.getString(2)))
                                : Optional.<LastImport>empty();
                    }
                }
            });
        }

        public void recordImport(UUID deviceId, long sequence, String manifestSha256, Instant at) {
            sql("recording an imported bundle", () -> {
                try (PreparedStatement s = c.prepareStatement("MERGE INTO imported_bundle (device_id, seq,"
                        + " manifest_sha256, imported_at) KEY (device_id) VALUES (?, ?, ?, ?)")) {
                    s.setObject(1, deviceId);
                    s.setLong(2, sequence);
                    s.setString(3, manifestSha256);
                    s.setObject(4, utc(at));
                    return s.executeUpdate();
                }
            });
        }

        public void addVocabulary(List<City> cities, List<Profession> professions, List<Theme> themes) {
            sql("adding vocabulary", () -> {
                VocabularyRows.insertAll(c, cities, professions, themes);
                return null;
            });
        }

        /** Holds one part of an attachment until {@link #storeAttachment} (same transaction). */
        public void stagePart(UUID attachmentId, int seq, byte[] content, int length) {
            sql("storing attachment content", () -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO import_part (attachment_id, seq, content) VALUES (?, ?, ?)")) {
                    s.setObject(1, attachmentId);
                    s.setInt(2, seq);
                    s.setBinaryStream(3, new ByteArrayInputStream(content, 0, length), length);
                    return s.executeUpdate();
                }
            });
        }

        /**
         * Moves a staged attachment into the attachment store; false (and the parts dropped) when its
         * interview is not here (withdrawn, purged) or the desk already has it (attachments never change).
         */
        public boolean storeAttachment(Attachment a, int partSize) {
            return sql("storing an attachment", () -> {
                boolean stored = false;
                if (InterviewRows.exists(c, "SELECT 1 FROM interview WHERE id = ?", a.interviewId())
                        && !InterviewRows.exists(c, "SELECT 1 FROM attachment WHERE id = ?", a.id())) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO attachment (id, interview_id, file_name,"
                            + " media_type, byte_size, sha256, part_size, added_at, complete)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
                        s.setObject(1, a.id());
                        s.setObject(2, a.interviewId());
                        s.setString(3, a.fileName());
                        s.setString(4, a.mediaType());
                        s.setLong(5, a.size());
                        s.setString(6, a.sha256());
                        s.setInt(7, partSize);
                        s.setObject(8, utc(a.addedAt()));
                        s.executeUpdate();
                    }
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO attachment_part (attachment_id, seq,"
                            + " content) SELECT attachment_id, seq, content FROM import_part WHERE attachment_id = ?")) {
                        s.setObject(1, a.id());
                        s.executeUpdate();
                    }
                    stored = true;
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM import_part WHERE attachment_id = ?")) {
                    s.setObject(1, a.id());
                    s.executeUpdate();
                }
                return stored;
            });
        }

        /**
         * New interviews are inserted; a newer incoming revision replaces the desk copy when the desk
         * has not changed it since the last import; when both changed, the incoming version is kept
         * as a conflict ({@code json} makes its content) and the desk version stays.
         */
        public Merge merge(IdentifiedInterview incoming, UUID deviceId, Supplier<String> json, String actor,
                Instant at) {
            return sql("merging an interview", () -> {
                Interview in = incoming.interview();
                Optional<Interview> stored = InterviewRows.find(c, in.id());
                if (stored.isEmpty()) {
                    if (TombstoneRows.find(c, in.id()).isPresent()) {
                        return Merge.PURGED_HERE;
                    }
                    InterviewRows.insertRow(c, in);
                    events.changed(c, new InterviewChange(in.id(), InterviewChange.Kind.IMPORTED, null, in, actor, at));
                    saveIdentity(in.id(), incoming.identity(), actor, at);
                    syncState(in.id(), deviceId, in.revision(), in.revision());
                    return Merge.NEW;
                }
                long[] state = syncState(in.id());
                if (state != null && in.revision() <= state[0]) {
                    return Merge.UNCHANGED;
                }
                if (state != null && stored.get().revision() == state[1]) {
                    replace(stored.get(), incoming, deviceId, actor, at);
                    return Merge.UPDATED;
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_conflict WHERE interview_id = ?"
                        + " AND device_id = ?")) {
                    s.setObject(1, in.id());
                    s.setObject(2, deviceId);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_conflict (id, interview_id, device_id,"
                        + " incoming_revision, incoming_json, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, in.id());
                    s.setObject(3, deviceId);
                    s.setLong(4, in.revision());
                    s.setString(5, json.get());
                    s.setObject(6, utc(at));
                    s.executeUpdate();
                }
                // The desk revision stays as it was, so the desk's change is never taken for "unchanged".
                syncState(in.id(), deviceId, in.revision(), state == null ? -1 : state[1]);
                return Merge.CONFLICT;
            });
        }

        /**
         * Removes a withdrawn interview's content down to a tombstone (also when the desk never had
         * it, so it cannot arrive later); true when content was removed here.
         */
        public boolean withdraw(UUID interviewId, OffsetDateTime withdrawnAt, String actor, Instant at) {
            return sql("removing a withdrawn interview", () -> {
                if (TombstoneRows.find(c, interviewId).isPresent()) {
                    return false;
                }
                Optional<Interview> stored = InterviewRows.find(c, interviewId);
                OffsetDateTime when = stored.map(i -> i.consent().withdrawnAt()).orElse(null);
                if (when == null) {
                    when = withdrawnAt == null ? at.atOffset(ZoneOffset.UTC) : withdrawnAt;
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM interview WHERE id = ?")) {
                    s.setObject(1, interviewId);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_interview WHERE interview_id = ?")) {
                    s.setObject(1, interviewId);
                    s.executeUpdate();
                }
                TombstoneRows.insert(c, new Tombstone(interviewId, when, at));
                if (stored.isPresent()) {
                    events.changed(c, new InterviewChange(interviewId, InterviewChange.Kind.PURGED, stored.get(), null,
                            actor, at));
                }
                return stored.isPresent();
            });
        }

        /** The revision grows past both sides', so an editor holding the old desk revision sees it as stale. */
        void replace(Interview stored, IdentifiedInterview incoming, UUID deviceId, String actor, Instant at)
                throws SQLException {
            Interview next = incoming.interview().toBuilder()
                    .revision(Math.max(stored.revision() + 1, incoming.interview().revision())).build();
            if (!InterviewRows.updateRow(c, next, stored.revision())) {
                throw new StorageException("The interview " + stored.id() + " changed while a bundle was imported");
            }
            if (!stored.consent().equals(next.consent())) {
                ConsentHistoryRows.insert(c, new ConsentChange(stored.id(), at, actor, stored.consent(), next.consent()));
            }
            events.changed(c, new InterviewChange(stored.id(), InterviewChange.Kind.UPDATED, stored, next, actor, at));
            saveIdentity(stored.id(), incoming.identity(), actor, at);
            syncState(stored.id(), deviceId, incoming.interview().revision(), next.revision());
        }

        /** Identity only when the bundle carries one: a bundle without names never erases the desk's. */
        private void saveIdentity(UUID id, Identity identity, String actor, Instant at) throws SQLException {
            if (identity.isEmpty()) {
                return;
            }
            Identity before = IdentityRows.find(c, id);
            IdentityRows.replace(c, id, identity);
            events.identityChanged(c, id, before, identity, actor, at);
        }

        private long[] syncState(UUID id) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT incoming_revision, desk_revision FROM sync_interview WHERE interview_id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
                }
            }
        }

        private void syncState(UUID id, UUID deviceId, long incoming, long desk) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO sync_interview (interview_id, device_id,"
                    + " incoming_revision, desk_revision) KEY (interview_id) VALUES (?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setObject(2, deviceId);
                s.setLong(3, incoming);
                s.setLong(4, desk);
                s.executeUpdate();
            }
        }

        private <T> T sql(String operation, SqlWork0<T> work) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StorageException(operation, e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork0<T> {
        T run() throws SQLException;
    }



    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
