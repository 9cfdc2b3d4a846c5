package app.caravan.storage;

import app.caravan.domain.Interview;
import app.caravan.domain.Tombstone;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Purging withdrawn interviews down to a tombstone. Each public method is one transaction. */
public final class TombstoneStore {
    private final Vault vault;
    private final InterviewEvents events;

    public TombstoneStore(Vault vault) {
        this(vault, new InterviewEvents());
    }

    public TombstoneStore(Vault vault, InterviewEvents events) {
        this.vault = vault;
        this.events = events;
    }

    /** What {@link #purge} found and did; {@code tombstone} is set for PURGED and ALREADY_PURGED. */
    public record Purge(Outcome outcome, Tombstone tombstone) {
        public enum Outcome {
            PURGED,
            ALREADY_PURGED,
            NOT_WITHDRAWN,
            MISSING
        }
    }

    /**
     * Replaces a withdrawn interview by its tombstone in ONE transaction: the interview row goes,
     * and with it (by ON DELETE CASCADE) consent, themes, transcript, segments, notes, identity,
     * mentioned people, consent history and attachments with their content.
     */
    public Purge purge(UUID interviewId, Instant at) {
        return purge(interviewId, "unknown", at);
    }

    public Purge purge(UUID interviewId, String actor, Instant at) {
        return vault.write("purging a withdrawn interview", c -> {
            Optional<Tombstone> existing = TombstoneRows.find(c, interviewId);
            if (existing.isPresent()) {
                return new Purge(Purge.Outcome.ALREADY_PURGED, existing.get());
            }
            OffsetDateTime withdrawnAt;
            try (PreparedStatement s = c.prepareStatement("SELECT withdrawn_at FROM consent WHERE interview_id = ?")) {
                s.setObject(1, interviewId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return new Purge(Purge.Outcome.MISSING, null);
                    }
                    withdrawnAt = rs.getObject(1, OffsetDateTime.class);
                }
            }
            if (withdrawnAt == null) {
                return new Purge(Purge.Outcome.NOT_WITHDRAWN, null);
            }
            Tombstone tombstone = new Tombstone(interviewId, withdrawnAt, at);
            Interview stored = null;
            if (!events.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                        + " WHERE i.id = ?")) {
                    s.setObject(1, interviewId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        stored = InterviewRows.read(c, rs);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM interview WHERE id = ?")) {
                s.setObject(1, interviewId);
                s.executeUpdate();
            }
            TombstoneRows.insert(c, tombstone);
            if (stored != null) {
                events.changed(c, new InterviewChange(interviewId, InterviewChange.Kind.PURGED, stored, null, actor, at));
            }
            return new Purge(Purge.Outcome.PURGED, tombstone);
        });
    }

    public Optional<Tombstone> find(UUID interviewId) {
        return vault.read("reading a tombstone", c -> TombstoneRows.find(c, interviewId));
    }

    /** Oldest purge first. */
    public List<Tombstone> all() {
        return vault.read("listing tombstones", TombstoneRows::all);
    }
}
