package app.caravan.app;

import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.storage.InterviewStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

final class LocalInterviewService implements InterviewService {
    private final InterviewStore store;
    private final SettingsService settings;
    private final Clock clock;

    LocalInterviewService(InterviewStore store, SettingsService settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<InterviewSummary> list() {
        return store.summaries();
    }

    @Override
    public Interview get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no interview " + id + " in this vault"));
    }

    @Override
    public Interview create(String pseudonym) {
        Interview draft = Interview.newDraft(pseudonym, settings.userName(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        store.insert(draft);
        return draft;
    }

    @Override
    public Interview save(Interview interview) {
        Interview next = interview.toBuilder()
                .revision(interview.revision() + 1)
                .updatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
        if (!store.update(next, interview.revision())) {
            if (!store.exists(interview.id())) {
                throw new NotFoundException("The interview " + interview.id() + " was deleted");
            }
            throw new ConflictException("The interview " + interview.id()
                    + " was changed elsewhere since it was opened; reopen it to see the latest version");
        }
        return next;
    }

    @Override
    public Identity identity(UUID interviewId) {
        return store.identity(interviewId);
    }

    @Override
    public void saveIdentity(UUID interviewId, Identity identity) {
        if (!store.saveIdentity(interviewId, identity)) {
            throw new NotFoundException("There is no interview " + interviewId + " in this vault");
        }
    }

    @Override
    public void delete(UUID id) {
        if (!store.delete(id)) {
            throw new NotFoundException("There is no interview " + id + " in this vault");
        }
    }
}
