package app.caravan.app;

import app.caravan.domain.Interview;
import app.caravan.domain.Problem;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import app.caravan.domain.StatusRules;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.InterviewStore.Update;
import app.caravan.storage.ReviewStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The review workflow on the local vault. The role check happens here, inside the transaction
 * that writes the step (against the stored status), so neither a screen that forgot to hide a
 * button nor a save racing the step can get round it.
 */
final class LocalReviewService implements ReviewService {
    /** A step re-reads and retries when an autosave slips in between; more would mean a bug. */
    private static final int ATTEMPTS = 3;

    private final ReviewStore store;
    private final InterviewStore interviews;
    private final SettingsService settings;
    private final Clock clock;

    LocalReviewService(ReviewStore store, InterviewStore interviews, SettingsService settings, Clock clock) {
        this.store = store;
        this.interviews = interviews;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Role role() {
        return store.role().map(Role::fromKey).orElse(Role.FIELD);
    }

    @Override
    public void setRole(Role role) {
        Objects.requireNonNull(role, "role");
        store.setRole(role.key(), Role.FIELD.key(), actor(), clock.instant());
    }

    /** For {@link Status#ARCHIVED} this assumes the default un-archive target; ask with the interview's id. */
    @Override
    public List<Status> allowedTransitions(Status from) {
        return StatusRules.allowed(role(), from, null);
    }

    @Override
    public List<Status> allowedTransitions(UUID interviewId) {
        Interview current = interviews.find(interviewId).orElseThrow(() -> notFound(interviewId));
        return StatusRules.allowed(role(), current.status(), store.beforeArchive(interviewId).orElse(null));
    }

    @Override
    public Interview transition(UUID interviewId, Status to) throws InvalidInputException {
        Objects.requireNonNull(to, "to");
        Role role = role();
        for (int attempt = 1; ; attempt++) {
            Interview current = interviews.find(interviewId).orElseThrow(() -> notFound(interviewId));
            Instant now = clock.instant();
            Update update;
            try {
                update = store.transition(interviewId, current.revision(), (stored, beforeArchive) -> {
                    StatusRules.Verdict verdict = StatusRules.check(role, stored, to, beforeArchive.orElse(null));
                    if (!verdict.allowed()) {
                        throw new Refused(verdict);
                    }
                    // The revision stays: a step is not an edit, and an open editor must keep saving.
                    return current.toBuilder().status(to).updatedAt(now.truncatedTo(ChronoUnit.MILLIS)).build();
                }, actor(), now);
            } catch (Refused refused) {
                Problem why = Problem.of("review.refusedStep", interviewId, refused.verdict.problem());
                if (refused.verdict.kind() == StatusRules.Verdict.Kind.NOT_PERMITTED) {
                    throw new PermissionDeniedException(why);
                }
                throw new InvalidInputException(why);
            }
            switch (update.outcome()) {
                case SAVED:
                    return update.saved();
                case MISSING:
                    throw notFound(interviewId);
                default:
                    if (attempt == ATTEMPTS) {
                        throw new ConflictException(Problem.of("review.keptChanging", interviewId));
                    }
            }
        }
    }

    @Override
    public List<StatusChange> statusHistory(UUID interviewId) {
        requireInterview(interviewId);
        return store.statusHistory(interviewId);
    }

    @Override
    public List<ReviewComment> comments(UUID interviewId) {
        requireInterview(interviewId);
        return store.comments(interviewId);
    }

    @Override
    public Map<UUID, Integer> openCommentCounts() {
        return store.openCommentCounts();
    }

    @Override
    public ReviewComment addComment(UUID interviewId, int start, int end, String body) throws InvalidInputException {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Problem.of("review.emptyComment", interviewId));
        }
        ReviewStore.Added added = store.addComment(UUID.randomUUID(), interviewId, start, end, text, actor(),
                clock.instant());
        if (added.transcriptLength() < 0) {
            throw notFound(interviewId);
        }
        if (added.comment() == null) {
            throw new InvalidInputException(Problem.of("review.badRange", start, end, interviewId,
                    added.transcriptLength()));
        }
        return added.comment();
    }

    @Override
    public ReviewComment resolve(UUID commentId) {
        return store.setResolved(commentId, true, actor(), clock.instant())
                .orElseThrow(() -> new NotFoundException(Problem.of("review.noComment", commentId)));
    }

    @Override
    public ReviewComment reopen(UUID commentId) {
        return store.setResolved(commentId, false, actor(), clock.instant())
                .orElseThrow(() -> new NotFoundException(Problem.of("review.noComment", commentId)));
    }

    private void requireInterview(UUID interviewId) {
        if (!interviews.exists(interviewId)) {
            throw notFound(interviewId);
        }
    }

    private String actor() {
        String name = settings.userName();
        return name == null || name.isBlank() ? "unknown" : name;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException(Problem.of("interview.noneInVault", id));
    }

    /** Aborts the step's transaction with the rules' verdict. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StatusRules.Verdict verdict;

        Refused(StatusRules.Verdict verdict) {
            super(verdict.reason(), null, false, false);
            this.verdict = verdict;
        }
    }
}
