package app.caravan.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.AuditEntry;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.support.RecordingDialogs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review screens' view models and rules, without a JavaFX toolkit. */
class ReviewModelsTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2022, 10, 17, 15, 30, 0, 0, ZoneOffset.ofHours(5));
    private static final String TEXT = "Я уехал через Верхний Ларс. Мама осталась в Екатеринбурге.";

    @Test
    void deskSeesOneStatusAtATimeWithCounts() {
        InterviewSummary a = summary("Timur", Status.SUBMITTED, 1);
        InterviewSummary b = summary("Aziza", Status.SUBMITTED, 3);
        InterviewSummary c = summary("Lev", Status.IN_REVIEW, 2);
        InterviewSummary d = summary("Olga", Status.DRAFT, 4);
        List<InterviewSummary> all = List.of(a, b, c, d);

        assertEquals(List.of("Timur", "Aziza"), names(Queue.entries(Role.DESK, Status.SUBMITTED, all, Map.of())));
        assertEquals(List.of("Lev"), names(Queue.entries(Role.DESK, Status.IN_REVIEW, all, Map.of())));
        Map<Status, Integer> counts = Queue.counts(all);
        assertEquals(2, counts.get(Status.SUBMITTED));
        assertEquals(1, counts.get(Status.IN_REVIEW));
        assertEquals(0, counts.get(Status.ARCHIVED));
        assertFalse(counts.containsKey(Status.DRAFT), "drafts are not the desk's business");
    }

    @Test
    void fieldSeesChangesRequestedThenOpenCommentsFirst() {
        InterviewSummary fresh = summary("Fresh", Status.DRAFT, 9);
        InterviewSummary commented = summary("Commented", Status.SUBMITTED, 1);
        InterviewSummary changes = summary("Changes", Status.CHANGES_REQUESTED, 0);
        List<QueueEntry> entries = Queue.entries(Role.FIELD, Status.SUBMITTED, List.of(fresh, commented, changes),
                Map.of(commented.id(), 2));
        assertEquals(List.of("Changes", "Commented", "Fresh"), names(entries));
        assertEquals(2, entries.get(1).openComments());
    }

    @Test
    void actionsFollowWhatTheServiceAllows() {
        assertEquals(List.of("review.action.startReview", "review.action.archive"),
                ReviewAction.offered(Status.SUBMITTED, List.of(Status.IN_REVIEW, Status.ARCHIVED), List.of()).stream()
                        .map(ReviewAction::labelKey).toList());
        List<ReviewAction> inReview = ReviewAction.offered(Status.IN_REVIEW,
                List.of(Status.CHANGES_REQUESTED, Status.APPROVED), List.of());
        assertTrue(inReview.stream().allMatch(ReviewAction::confirm), "ending a review asks first");
        assertEquals(List.of(), ReviewAction.offered(Status.IN_REVIEW, List.of(), List.of()), "field: nothing to do");

        UUID id = UUID.randomUUID();
        List<StatusChange> history = List.of(new StatusChange(id, Status.SUBMITTED, Status.APPROVED, "desk", Instant.now()),
                new StatusChange(id, Status.APPROVED, Status.ARCHIVED, "desk", Instant.now()));
        List<ReviewAction> archived = ReviewAction.offered(Status.ARCHIVED,
                List.of(Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED), history);
        assertEquals(1, archived.size());
        assertEquals(Status.APPROVED, archived.get(0).to(), "un-archiving goes back where it was");
        assertEquals("action-approved", archived.get(0).id());
    }

    @Test
    void quotableSegmentsWithoutVerbatimConsentAreListed() {
        Segment quoted = new Segment(0, 27, List.of("mobilization"), "", true);
        Segment plain = new Segment(28, TEXT.length(), List.of("family-left-behind"), "", false);
        Interview noConsent = interview(consent(false, null), List.of(quoted, plain));
        assertEquals(List.of(quoted), QuoteConsent.unconsentedQuotes(noConsent));
        assertEquals("Я уехал через Верхний Ларс.", QuoteConsent.excerpt(noConsent, quoted, 48));
        assertEquals("Я уехал через…", QuoteConsent.excerpt(noConsent, quoted, 15));

        assertEquals(List.of(), QuoteConsent.unconsentedQuotes(interview(consent(true, null), List.of(quoted))));
        assertEquals(List.of(quoted), QuoteConsent.unconsentedQuotes(interview(consent(true, AT), List.of(quoted))),
                "a withdrawal takes the quote consent with it");
    }

    @Test
    void auditValuesShowHashesAsHashes() {
        assertEquals("hashed #1a2b3c4d…", AuditValues.shown("sha256:1a2b3c4d5e6f7a8b9c0d", "hashed"));
        assertEquals("hashed #0123abcd…", AuditValues.shown("0123abcd0123abcd0123", "hashed"));
        assertEquals("in-review", AuditValues.shown("in-review", "hashed"));
        assertEquals("—", AuditValues.shown(null, "hashed"));
    }

    @Test
    void viewModelShowsASnapshot() {
        I18n i18n = new I18n(Locale.ENGLISH);
        ReviewViewModel vm = new ReviewViewModel(new SessionContext(null, Runnable::run, new RecordingDialogs(), i18n));
        Segment quoted = new Segment(0, 27, List.of("mobilization"), "", true);
        Interview interview = interview(consent(false, null), List.of(quoted)).toBuilder().status(Status.IN_REVIEW).build();
        ReviewComment open = comment(interview.id(), null);
        ReviewComment resolved = comment(interview.id(), Instant.now());
        AuditEntry entry = new AuditEntry(1, Instant.now(), "desk", interview.id(), "status", "submitted", "in-review",
                "", "ab");
        vm.show(new ReviewSnapshot(interview, Role.DESK, List.of(Status.CHANGES_REQUESTED, Status.APPROVED,
                Status.ARCHIVED), List.of(), List.of(open, resolved), List.of(entry)));

        assertEquals(interview, vm.interview.get());
        assertEquals(Role.DESK, vm.role.get());
        assertEquals(List.of(Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED),
                vm.actions.stream().map(ReviewAction::to).toList());
        assertEquals(1, vm.openCount());
        assertEquals("1 open · 1 resolved", vm.commentSummary.get());
        assertEquals(List.of(quoted), vm.unconsentedQuotes);
        assertEquals(List.of(entry), vm.audit);

        vm.clear();
        assertEquals(null, vm.interview.get());
        assertTrue(vm.actions.isEmpty());
    }

    private static ReviewComment comment(UUID interviewId, Instant resolvedAt) {
        return new ReviewComment(UUID.randomUUID(), interviewId, 0, 7, "Я уехал", "Когда именно?", "desk-1",
                Instant.now(), resolvedAt, resolvedAt == null ? null : "field-team-1", false);
    }

    private static Consent consent(boolean verbatim, OffsetDateTime withdrawn) {
        return new Consent(true, false, verbatim, true, true, false, ConsentMethod.VERBAL, AT, withdrawn);
    }

    private static Interview interview(Consent consent, List<Segment> segments) {
        return Interview.builder(UUID.randomUUID(), "Timur", AT).consent(consent).transcript(TEXT).segments(segments)
                .build();
    }

    private static InterviewSummary summary(String pseudonym, Status status, int hoursAgo) {
        return new InterviewSummary(UUID.randomUUID(), pseudonym, AT, "field-team-1", null, null, null, null, List.of(),
                status, Consent.NONE, Instant.parse("2022-11-01T12:00:00Z").minusSeconds(3600L * hoursAgo), null);
    }

    private static List<String> names(List<QueueEntry> entries) {
        return entries.stream().map(e -> e.summary().pseudonym()).toList();
    }
}
