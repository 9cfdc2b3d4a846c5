package app.caravan.app;

import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Problem;
import app.caravan.domain.Tombstone;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.InterviewStore.Update;
import app.caravan.storage.TombstoneStore;
import app.caravan.storage.TombstoneStore.Purge;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

final class LocalInterviewService implements InterviewService {
    /** Withdrawal re-reads and retries when an autosave slips in between; more would mean a bug. */
    private static final int WITHDRAW_ATTEMPTS = 3;

    private final InterviewStore store;
    private final TombstoneStore tombstones;
    private final SettingsService settings;
    private final Clock clock;

    LocalInterviewService(InterviewStore store, TombstoneStore tombstones, SettingsService settings, Clock clock) {
        this.store = store;
        this.tombstones = tombstones;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<InterviewSummary> list() {
        return store.summaries();
    }

    @Override
    public List<InterviewSummary> newest(int limit) {
        return store.newestSummaries(limit);
    }

    @Override
    public Interview get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Interview create(String pseudonym) {
        Interview draft = Interview.newDraft(pseudonym, settings.userName(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        store.insert(draft, changedBy(), clock.instant());
        return draft;
    }

    @Override
    public Interview save(Interview interview) {
        return saveWithReport(interview).saved();
    }

    @Override
    public SaveResult saveWithReport(Interview interview) {
        Interview next = nextRevision(interview);
        int[] unmarked = new int[1];
        Interview saved = write(interview, before -> {
            Interview allowed = ConsentRules.enforce(before, next);
            unmarked[0] = ConsentRules.quotable(next) - ConsentRules.quotable(allowed);
            return allowed;
        });
        return new SaveResult(saved, unmarked[0]);
    }

    @Override
    public List<ConsentChange> consentHistory(UUID id) {
        if (!store.exists(id)) {
            throw notFound(id);
        }
        return store.consentHistory(id);
    }

    /**
     * Not checked against the content rules: a withdrawal must always go through, even for an
     * interview imported from an older tool that would not pass them.
     */
    @Override
    public Interview withdraw(UUID id, OffsetDateTime at) {
        if (at == null) {
            throw new IllegalArgumentException("A withdrawal needs its date");
        }
        for (int attempt = 1; ; attempt++) {
            Interview current = get(id);
            if (current.consent().isWithdrawn()) {
                return current;
            }
            Interview next = nextRevision(current.toBuilder().consent(current.consent().withWithdrawnAt(at)).build());
            try {
                return write(current, before -> next);
            } catch (ConflictException e) {
                if (attempt == WITHDRAW_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Tombstone purge(UUID id) {
        Purge purge = tombstones.purge(id, changedBy(), clock.instant());
        switch (purge.outcome()) {
            case PURGED:
            case ALREADY_PURGED:
                return purge.tombstone();
            case NOT_WITHDRAWN:
                throw new IllegalStateException("The interview " + id
                        + " is not withdrawn; only a withdrawn interview can be purged");
            default:
                throw notFound(id);
        }
    }

    @Override
    public List<Tombstone> tombstones() {
        return tombstones.all();
    }

    @Override
    public Identity identity(UUID interviewId) {
        return store.identity(interviewId);
    }

    @Override
    public void saveIdentity(UUID interviewId, Identity identity) {
        if (!store.saveIdentity(interviewId, identity, changedBy(), clock.instant())) {
            throw notFound(interviewId);
        }
    }

    @Override
    public void delete(UUID id) {
        if (!store.delete(id, changedBy(), clock.instant())) {
            throw notFound(id);
        }
    }

    private Interview nextRevision(Interview interview) {
        return interview.toBuilder()
                .revision(interview.revision() + 1)
                .updatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /**
     * One guarded update of {@code loaded} that keeps the stored status; the consent history entry,
     * if any, is in the same transaction.
     */
    private Interview write(Interview loaded, Function<Consent, Interview> prepare) {
        // The stored review status wins: only ReviewService.transition changes it (see InterviewService#save).
        Update update = store.updateStored(loaded.id(), loaded.revision(),
                stored -> prepare.apply(stored.consent()).toBuilder().status(stored.status()).build(), changedBy(),
                clock.instant());
        switch (update.outcome()) {
            case SAVED:
                return update.saved();
            case STALE:
                throw new ConflictException(Problem.of("interview.changedElsewhere", loaded.id()));
            default:
                throw new NotFoundException(Problem.of("interview.deleted", loaded.id()));
        }
    }

    private String changedBy() {
        String name = settings.userName();
        return name == null || name.isBlank() ? "unknown" : name;
    }

    private NotFoundException notFound(UUID id) {
        return tombstones.find(id)
                .map(t -> new NotFoundException(Problem.of("interview.purged", id, t.purgedAt())))
                .orElseGet(() -> new NotFoundException(Problem.of("interview.noneInVault", id)));
    }
}
