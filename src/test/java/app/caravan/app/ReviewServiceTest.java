package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow and its role checks on a real encrypted vault. */
class ReviewServiceTest {
    @TempDir
    Path temp;
    VaultSession session;
    ReviewService review;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        session.settings().setUserName("desk-editor");
        review = session.review();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Brings a new interview to {@code status} along the workflow, as the desk. */
    private Interview at(Status status) throws Exception {
        Role role = review.role();
        review.setRole(Role.DESK);
        Interview i = session.interviews().create("Timur");
        List<Status> path = switch (status) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(Status.SUBMITTED);
            case IN_REVIEW -> List.of(Status.SUBMITTED, Status.IN_REVIEW);
            case CHANGES_REQUESTED -> List.of(Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED);
            case APPROVED -> List.of(Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED);
            case ARCHIVED -> List.of(Status.ARCHIVED);
        };
        for (Status step : path) {
            i = review.transition(i.id(), step);
        }
        review.setRole(role);
        return i;
    }

    @Test
    void aNewVaultIsAFieldVaultAndTheRoleIsKept() throws Exception {
        assertEquals(Role.FIELD, review.role());
        review.setRole(Role.DESK);
        Path dir = session.directory();
        session.close();
        session = Fixtures.fastVaults().open(dir, Fixtures.passphrase());
        assertEquals(Role.DESK, session.review().role());
        session.review().setRole(Role.FIELD);
        review = session.review();
    }

    /** Every step from every status, for both roles, through real transactions. */
    @Test
    void everyTransitionIsAllowedOrRefusedPerRole() throws Exception {
        for (Role role : Role.values()) {
            for (Status from : Status.values()) {
                for (Status to : Status.values()) {
                    Interview i = at(from);
                    review.setRole(role);
                    boolean allowed = review.allowedTransitions(i.id()).contains(to);
                    if (allowed) {
                        Interview moved = review.transition(i.id(), to);
                        assertEquals(to, moved.status(), role + " " + from + "->" + to);
                        assertEquals(to, session.interviews().get(i.id()).status());
                        continue;
                    }
                    Exception refused = assertThrows(Exception.class, () -> review.transition(i.id(), to),
                            role + " " + from + "->" + to);
                    boolean deskCould = role == Role.FIELD && deskAllows(i.id(), to);
                    assertEquals(deskCould ? PermissionDeniedException.class : InvalidInputException.class,
                            refused.getClass(), role + " " + from + "->" + to + ": " + refused.getMessage());
                    assertTrue(refused.getMessage().contains(from.key()) && refused.getMessage().contains(to.key())
                            && refused.getMessage().contains(i.id().toString()), refused.getMessage());
                    assertEquals(from, session.interviews().get(i.id()).status(), "nothing changed");
                    review.setRole(Role.FIELD);
                }
            }
        }
    }

    private boolean deskAllows(UUID id, Status to) {
        review.setRole(Role.DESK);
        boolean allowed = review.allowedTransitions(id).contains(to);
        review.setRole(Role.FIELD);
        return allowed;
    }

    @Test
    void aFieldVaultCannotApproveOrArchiveWhateverTheScreenShows() throws Exception {
        Interview inReview = at(Status.IN_REVIEW);
        PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
                () -> review.transition(inReview.id(), Status.APPROVED));
        assertTrue(denied.getMessage().contains("desk"), denied.getMessage());
        assertThrows(PermissionDeniedException.class, () -> review.transition(inReview.id(), Status.ARCHIVED));
        assertEquals(Status.IN_REVIEW, session.interviews().get(inReview.id()).status());
        assertEquals(List.of(Status.SUBMITTED), review.allowedTransitions(Status.DRAFT));
    }

    @Test
    void aSaveIsNoBackDoorAndAnOpenEditorKeepsSaving() throws Exception {
        Interview editorCopy = Fixtures.consentedInterview(session);
        Interview smuggled = session.interviews().save(editorCopy.toBuilder().status(Status.APPROVED).build());
        assertEquals(Status.DRAFT, smuggled.status(), "the stored status wins");
        assertEquals(Status.DRAFT, session.interviews().get(editorCopy.id()).status());

        review.transition(editorCopy.id(), Status.SUBMITTED);
        // The editor still holds the draft it loaded; its autosave goes through and cannot undo the step.
        Interview autosaved = session.interviews().save(smuggled.toBuilder().transcript("Новый абзац").build());
        assertEquals(Status.SUBMITTED, autosaved.status());
        assertEquals("Новый абзац", session.interviews().get(editorCopy.id()).transcript());
        assertEquals(Status.SUBMITTED, session.interviews().get(editorCopy.id()).status());
        Interview withdrawn = session.interviews().withdraw(editorCopy.id(), java.time.OffsetDateTime.now());
        assertEquals(Status.SUBMITTED, withdrawn.status());
        assertEquals(1, review.statusHistory(editorCopy.id()).size(), "only the real step is in the history");
    }

    @Test
    void importsKeepTheStatusTheyCarry() throws Exception {
        Path file = Path.of(ReviewServiceTest.class.getResource("/interchange/sample.json").toURI());
        session.interchange().importFile(file);
        List<Status> statuses = session.interviews().list().stream().map(s -> s.status()).sorted().toList();
        assertFalse(statuses.stream().allMatch(s -> s == Status.DRAFT), "sample carries statuses: " + statuses);
        for (var summary : session.interviews().list()) {
            assertEquals(List.of(), review.statusHistory(summary.id()));
        }
    }

    @Test
    void theHistoryNamesWhoAndWhenAndUnarchivingReturnsToThePreviousStatus() throws Exception {
        Interview i = at(Status.APPROVED);
        review.setRole(Role.DESK);
        session.settings().setUserName("archivist");
        review.transition(i.id(), Status.ARCHIVED);
        assertEquals(List.of(Status.APPROVED), review.allowedTransitions(i.id()));
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> review.transition(i.id(), Status.DRAFT));
        assertTrue(wrong.getMessage().contains("approved"), wrong.getMessage());
        assertEquals(Status.APPROVED, review.transition(i.id(), Status.APPROVED).status());

        List<StatusChange> history = review.statusHistory(i.id());
        assertEquals(List.of(Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.ARCHIVED),
                history.stream().map(StatusChange::from).toList());
        assertEquals(List.of(Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.ARCHIVED, Status.APPROVED),
                history.stream().map(StatusChange::to).toList());
        assertEquals(List.of("desk-editor", "desk-editor", "desk-editor", "archivist", "archivist"),
                history.stream().map(StatusChange::changedBy).toList());
        for (int k = 1; k < history.size(); k++) {
            assertFalse(history.get(k).changedAt().isBefore(history.get(k - 1).changedAt()));
        }
        assertThrows(NotFoundException.class, () -> review.statusHistory(UUID.randomUUID()));
        assertThrows(NotFoundException.class, () -> review.transition(UUID.randomUUID(), Status.SUBMITTED));
    }

    @Test
    void aTransitionDoesNotBumpTheRevision() throws Exception {
        Interview i = Fixtures.consentedInterview(session);
        Interview moved = review.transition(i.id(), Status.SUBMITTED);
        assertEquals(i.revision(), moved.revision());
        assertEquals(i.transcript(), moved.transcript());
    }
}
