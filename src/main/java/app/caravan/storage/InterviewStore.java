package app.caravan.storage;

import app.caravan.domain.City;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Profession;
import app.caravan.domain.Status;
import app.caravan.domain.Theme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Interviews and identities in the vault. Each public method is one transaction. */
public final class InterviewStore {
    private static final String CONSENT_COLUMNS = "c.participation, c.audio_recording, c.verbatim_quotes,"
            + " c.publish_pseudonym, c.share_research, c.recontact, c.method, c.recorded_at, c.withdrawn_at";
    private static final String NOBODY = "unknown";
    private final Vault vault;
    private final InterviewEvents events;

    /** A store whose changes nobody listens to (tests of the storage layer itself). */
    public InterviewStore(Vault vault) {
        this(vault, new InterviewEvents());
    }

    public InterviewStore(Vault vault, InterviewEvents events) {
        this.vault = vault;
        this.events = events;
    }

    /** Summaries for lists, newest interview first. Reads no transcript and no identity. */
    public List<InterviewSummary> summaries() {
        return vault.read("listing interviews", c -> {
            Map<UUID, List<String>> themes = InterviewRows.themes(c, null);
            List<InterviewSummary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                    + " ORDER BY i.interviewed_at DESC, i.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    Interview scalar = InterviewRows.builder(rs, id).themes(themes.getOrDefault(id, List.of())).build();
                    out.add(InterviewSummary.of(scalar));
                }
            }
            return out;
        });
    }

    /**
     * The {@code limit} most recent summaries, newest first: what the library shows while the
     * whole list of a large vault is still loading. Walks the interviewed_at index backwards
     * instead of sorting every row, and reads the themes of these interviews only.
     */
    public List<InterviewSummary> newestSummaries(int limit) {
        return vault.read("listing the newest interviews", c -> {
            List<Interview.Builder> scalars = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                    + " ORDER BY i.interviewed_at DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        scalars.add(InterviewRows.builder(rs, rs.getObject("id", UUID.class)));
                    }
                }
            }
            List<InterviewSummary> out = new ArrayList<>(scalars.size());
            for (Interview.Builder scalar : scalars) {
                Interview interview = scalar.build();
                List<String> themes = InterviewRows.themes(c, interview.id()).getOrDefault(interview.id(), List.of());
                out.add(InterviewSummary.of(interview.toBuilder().themes(themes).build()));
            }
            return out;
        });
    }

    public Optional<Interview> find(UUID id) {
        return vault.read("reading an interview", c -> find(c, id));
    }

    public boolean exists(UUID id) {
        return vault.read("checking an interview", c -> exists(c, id));
    }

    public void insert(Interview interview) {
        insert(interview, NOBODY, interview.updatedAt());
    }

    public void insert(Interview interview, String actor, Instant at) {
        vault.write("saving a new interview", c -> {
            InterviewRows.insertRow(c, interview);
            events.changed(c, new InterviewChange(interview.id(), InterviewChange.Kind.CREATED, null, interview,
                    actor, at));
            return null;
        });
    }

    /** What a guarded {@link #update} found and did. */
    public record Update(Outcome outcome, Interview saved, Consent before) {
        public enum Outcome {
            /** Stored; {@code saved} is what was written, {@code before} the consent it replaced. */
            SAVED,
            /** Someone saved in between: the vault holds another revision; nothing was written. */
            STALE,
            /** There is no such interview; nothing was written. */
            MISSING
        }
    }

    /**
     * In ONE transaction: checks that interview {@code id} still has {@code expectedRevision},
     * hands its stored consent to {@code prepare} (which returns what to store, or throws to
     * abort), writes that, and when the consent differs records the change in the consent
     * history as made by {@code changedBy} at {@code changedAt}. So the history can never miss
     * a change or name one that did not happen.
     */
    public Update update(UUID id, long expectedRevision, Function<Consent, Interview> prepare, String changedBy,
            Instant changedAt) {
        return updateStored(id, expectedRevision, stored -> prepare.apply(stored.consent()), changedBy, changedAt);
    }

    /** What a guarded update's {@code prepare} decides on: the stored consent and review status. */
    public record Stored(Consent consent, Status status) {
    }

    /**
     * Like {@link #update}, and {@code prepare} also sees the stored status, so the caller can keep
     * it (a save never changes the review status) or check a workflow step against it.
     */
    public Update updateStored(UUID id, long expectedRevision, Function<Stored, Interview> prepare, String changedBy,
            Instant changedAt) {
        return vault.write("saving an interview", c -> update(c, id, expectedRevision, prepare, changedBy, changedAt));
    }

    /** The body of a guarded update, on the caller's transaction (the review store adds its checks). */
    Update update(Connection c, UUID id, long expectedRevision, Function<Stored, Interview> prepare, String changedBy,
            Instant changedAt) throws SQLException {
        long revision;
        Consent before;
        Status status;
        try (PreparedStatement s = c.prepareStatement("SELECT i.revision, i.status, " + CONSENT_COLUMNS
                + InterviewRows.FROM + " WHERE i.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new Update(Update.Outcome.MISSING, null, null);
                }
                revision = rs.getLong(1);
                status = Status.fromKey(rs.getString(2));
                before = InterviewRows.consent(rs);
            }
        }
        if (revision != expectedRevision) {
            return new Update(Update.Outcome.STALE, null, before);
        }
        // Listeners (audit, search index) need the whole stored version, not only its consent.
        Interview stored = events.isEmpty() ? null : find(c, id).orElseThrow();
        Interview next = prepare.apply(new Stored(before, status));
        if (!next.id().equals(id) || !InterviewRows.updateRow(c, next, expectedRevision)) {
            throw new StorageException("The interview " + id + " changed while it was being saved");
        }
        if (!before.equals(next.consent())) {
            ConsentHistoryRows.insert(c, new ConsentChange(id, changedAt, changedBy, before, next.consent()));
        }
        if (stored != null) {
            events.changed(c, new InterviewChange(id, InterviewChange.Kind.UPDATED, stored, next, changedBy,
                    changedAt));
        }
        return new Update(Update.Outcome.SAVED, next, before);
    }

    /** The consent changes of one interview, oldest first. */
    public List<ConsentChange> consentHistory(UUID interviewId) {
        return vault.read("reading the consent history", c -> ConsentHistoryRows.list(c, interviewId));
    }

    public boolean delete(UUID id) {
        return delete(id, NOBODY, Instant.now());
    }

    public boolean delete(UUID id, String actor, Instant at) {
        return vault.write("deleting an interview", c -> {
            Optional<Interview> stored = events.isEmpty() ? Optional.empty() : find(c, id);
            boolean deleted;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM interview WHERE id = ?")) {
                s.setObject(1, id);
                deleted = s.executeUpdate() > 0;
            }
            if (deleted && stored.isPresent()) {
                events.changed(c, new InterviewChange(id, InterviewChange.Kind.DELETED, stored.get(), null, actor, at));
            }
            return deleted;
        });
    }

    public Identity identity(UUID interviewId) {
        return vault.read("reading an identity", c -> IdentityRows.find(c, interviewId));
    }

    /** Saves the identity; false when the interview does not exist. */
    public boolean saveIdentity(UUID interviewId, Identity identity) {
        return saveIdentity(interviewId, identity, NOBODY, Instant.now());
    }

    public boolean saveIdentity(UUID interviewId, Identity identity, String actor, Instant at) {
        return vault.write("saving an identity", c -> {
            if (!exists(c, interviewId)) {
                return false;
            }
            Identity before = events.isEmpty() ? null : IdentityRows.find(c, interviewId);
            IdentityRows.replace(c, interviewId, identity);
            if (before != null) {
                events.identityChanged(c, interviewId, before, identity, actor, at);
            }
            return true;
        });
    }

    /** Every interview with its identity, oldest first: the content of a lossless export. */
    public List<IdentifiedInterview> everything() {
        return vault.read("exporting interviews", c -> {
            List<IdentifiedInterview> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                    + " ORDER BY i.interviewed_at, i.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Interview interview = InterviewRows.read(c, rs);
                    out.add(new IdentifiedInterview(interview, IdentityRows.find(c, interview.id())));
                }
            }
            return out;
        });
    }

    /**
     * Adds the vocabulary entries, then the interviews with their identities, in ONE
     * transaction. Returns the ids that already exist or were purged (and imports nothing) if
     * there are any: a purged interview must not come back from an old backup.
     */
    public List<UUID> importAll(List<City> cities, List<Profession> professions, List<Theme> themes,
            List<IdentifiedInterview> interviews) {
        return importAll(cities, professions, themes, interviews, NOBODY, Instant.now());
    }

    public List<UUID> importAll(List<City> cities, List<Profession> professions, List<Theme> themes,
            List<IdentifiedInterview> interviews, String actor, Instant at) {
        return vault.write("importing interviews", c -> events.batch(c, x -> importAll(x, cities, professions, themes,
                interviews, actor, at)));
    }

    private List<UUID> importAll(Connection c, List<City> cities, List<Profession> professions, List<Theme> themes,
            List<IdentifiedInterview> interviews, String actor, Instant at) throws SQLException {
        List<UUID> clashes = new ArrayList<>();
        for (IdentifiedInterview entry : interviews) {
            if (exists(c, entry.interview().id()) || TombstoneRows.find(c, entry.interview().id()).isPresent()) {
                clashes.add(entry.interview().id());
            }
        }
        if (!clashes.isEmpty()) {
            return clashes;
        }
        VocabularyRows.insertAll(c, cities, professions, themes);
        for (IdentifiedInterview entry : interviews) {
            InterviewRows.insertRow(c, entry.interview());
            events.changed(c, new InterviewChange(entry.interview().id(), InterviewChange.Kind.IMPORTED, null,
                    entry.interview(), actor, at));
            if (!entry.identity().isEmpty()) {
                IdentityRows.replace(c, entry.interview().id(), entry.identity());
                events.identityChanged(c, entry.interview().id(), Identity.EMPTY, entry.identity(), actor, at);
            }
        }
        return clashes;
    }

    private static Optional<Interview> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                + " WHERE i.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(InterviewRows.read(c, rs)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM interview WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
