package app.caravan.storage;

import app.caravan.domain.Interview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolving sync conflicts (V11 {@code sync_conflict}) by a merged version. Listing, keeping the
 * desk's and keeping the field's stay in {@link DeskSyncStore} beside the import that makes them.
 */
public final class ConflictStore {
    private final Vault vault;
    private final InterviewEvents events;

    public ConflictStore(Vault vault, InterviewEvents events) {
        this.vault = vault;
        this.events = events;
    }

    /** One conflict with the incoming version as interchange JSON (which may hold a real name). */
    public record StoredConflict(UUID id, UUID interviewId, UUID deviceId, long incomingRevision, Instant receivedAt,
            String incomingJson) {
    }

    /** What {@link #applyMerged} did. */
    public enum Outcome {
        APPLIED, NO_CONFLICT, NO_INTERVIEW, DESK_CHANGED
    }

    public Optional<StoredConflict> find(UUID conflictId) {
        return vault.read("reading a sync conflict", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, interview_id, device_id, incoming_revision,"
                    + " received_at, incoming_json FROM sync_conflict WHERE id = ?")) {
                s.setObject(1, conflictId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredConflict(rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getLong(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                            : Optional.<StoredConflict>empty();
                }
            }
        });
    }

    /** The desk version of a conflict's interview, empty when it is gone. */
    public Optional<Interview> interview(UUID interviewId) {
        return vault.read("reading the desk version of a sync conflict", c -> InterviewRows.find(c, interviewId));
    }

    /**
     * Stores {@code merged} over the desk version that had {@code deskRevision} and removes the
     * conflict, in one transaction: nothing changes unless both happen.
     *
     * <p>The sync state is left alone, as when the desk's version is kept: the merged text holds
     * desk edits the field device does not have, so its next change must be compared again rather
     * than silently replace the merge.
     */
    public Outcome applyMerged(UUID conflictId, Interview merged, long deskRevision, String actor, Instant at) {
        return vault.write("resolving a sync conflict by a merge", c -> {
            if (!InterviewRows.exists(c, "SELECT 1 FROM sync_conflict WHERE id = ?", conflictId)) {
                return Outcome.NO_CONFLICT;
            }
            Optional<Interview> stored = InterviewRows.find(c, merged.id());
            if (stored.isEmpty()) {
                return Outcome.NO_INTERVIEW;
            }
            if (stored.get().revision() != deskRevision || !InterviewRows.updateRow(c, merged, deskRevision)) {
                return Outcome.DESK_CHANGED;
            }
            events.changed(c, new InterviewChange(merged.id(), InterviewChange.Kind.UPDATED, stored.get(), merged,
                    actor, at));
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_conflict WHERE id = ?")) {
                s.setObject(1, conflictId);
                s.executeUpdate();
            }
            return Outcome.APPLIED;
        });
    }



    /** A conflict without its incoming content (which may hold a real name): safe to list. */
    public record ConflictRow(UUID id, UUID interviewId, UUID deviceId, long incomingRevision, Instant receivedAt) {
    }

    public List<ConflictRow> conflicts() {
        return vault.read("listing sync conflicts", c -> {
            List<ConflictRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, interview_id, device_id, incoming_revision,"
                    + " received_at FROM sync_conflict ORDER BY received_at, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConflictRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getLong(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        });
    }

    /** The incoming version of a conflict as interchange JSON. */
    public Optional<String> conflictJson(UUID conflictId) {
        return vault.read("reading a sync conflict", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT incoming_json FROM sync_conflict WHERE id = ?")) {
                s.setObject(1, conflictId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
