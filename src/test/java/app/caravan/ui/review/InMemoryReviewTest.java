package app.caravan.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.InvalidInputException;
import app.caravan.app.PermissionDeniedException;
import app.caravan.app.ReviewService;
import app.caravan.app.VaultSession;
import app.caravan.domain.AuditEntry;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.ui.fake.InMemoryVaultService;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The UI tests' review fake keeps the vault's rules, so the screens are tested against them. */
class InMemoryReviewTest {
    private static final String TEXT = "Я уехал через Верхний Ларс. Мама осталась в Екатеринбурге.";
    private VaultSession session;
    private ReviewService review;
    private Interview timur;

    @BeforeEach
    void vault() throws Exception {
        session = new InMemoryVaultService().create(Path.of("fake-vault"), "pw".toCharArray());
        review = session.review();
        Interview created = session.interviews().create("Timur");
        timur = session.interviews().save(created.toBuilder().consent(new Consent(true, false, false, false, false,
                false, ConsentMethod.VERBAL, OffsetDateTime.now(), null)).transcript(TEXT).build());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void fieldSubmitsButCannotApproveOrArchive() throws Exception {
        assertEquals(Role.FIELD, review.role());
        assertEquals(List.of(Status.SUBMITTED), review.allowedTransitions(Status.DRAFT));
        assertEquals(List.of(), review.allowedTransitions(Status.IN_REVIEW));
        Interview submitted = review.transition(timur.id(), Status.SUBMITTED);
        assertEquals(timur.revision() + 1, submitted.revision(), "a transition bumps the revision");
        assertThrows(PermissionDeniedException.class, () -> review.transition(timur.id(), Status.IN_REVIEW));
        assertThrows(PermissionDeniedException.class, () -> review.transition(timur.id(), Status.ARCHIVED));
        assertThrows(InvalidInputException.class, () -> review.transition(timur.id(), Status.APPROVED),
                "no such step, whatever the role");
        assertEquals(Status.SUBMITTED, session.interviews().get(timur.id()).status());
    }

    @Test
    void deskRunsTheWorkflowAndUnarchivesToThePreviousStatus() throws Exception {
        review.transition(timur.id(), Status.SUBMITTED);
        review.setRole(Role.DESK);
        assertEquals(List.of(Status.IN_REVIEW, Status.ARCHIVED), review.allowedTransitions(Status.SUBMITTED));
        review.transition(timur.id(), Status.IN_REVIEW);
        review.transition(timur.id(), Status.APPROVED);
        review.transition(timur.id(), Status.ARCHIVED);
        assertThrows(InvalidInputException.class, () -> review.transition(timur.id(), Status.DRAFT));
        assertEquals(Status.APPROVED, review.transition(timur.id(), Status.APPROVED).status());
        assertEquals(List.of(Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.ARCHIVED,
                Status.APPROVED), historyPath());
        List<AuditEntry> audit = session.audit().forInterview(timur.id());
        assertEquals(5, audit.size());
        assertEquals("archived", audit.get(4).oldValue());
        assertTrue(session.audit().verify().intact());
    }

    private List<Status> historyPath() {
        List<Status> path = new java.util.ArrayList<>();
        var changes = review.statusHistory(timur.id());
        path.add(changes.get(0).from());
        changes.forEach(c -> path.add(c.to()));
        return path;
    }

    @Test
    void commentsFollowTheirTextAndAreHashedInTheAuditLog() throws Exception {
        int at = TEXT.indexOf("Мама");
        ReviewComment c = review.addComment(timur.id(), at, at + 4, "Кто ещё остался?");
        assertThrows(InvalidInputException.class, () -> review.addComment(timur.id(), 0, 3, "  "));
        assertThrows(InvalidInputException.class, () -> review.addComment(timur.id(), 0, TEXT.length() + 1, "x"));
        assertEquals(1, review.openCommentCounts().get(timur.id()));

        Interview edited = session.interviews().save(session.interviews().get(timur.id()).toBuilder()
                .transcript("Вставка. " + TEXT).build());
        ReviewComment moved = review.comments(timur.id()).get(0);
        assertEquals(at + 9, moved.start());
        assertFalse(moved.detached());
        session.interviews().save(edited.toBuilder().transcript("Я уехал.").build());
        assertTrue(review.comments(timur.id()).get(0).detached(), "its text is gone");

        ReviewComment resolved = review.resolve(c.id());
        assertFalse(resolved.isOpen());
        assertEquals("field-team-1", resolved.resolvedBy());
        assertEquals(null, review.openCommentCounts().get(timur.id()));
        assertTrue(review.reopen(c.id()).isOpen());
        String logged = session.audit().forInterview(timur.id()).get(0).newValue();
        assertFalse(logged.contains("остался"), "comment text never in the log: " + logged);
    }
}
