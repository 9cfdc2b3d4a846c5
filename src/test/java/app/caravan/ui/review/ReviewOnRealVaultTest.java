package app.caravan.ui.review;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.AuditReport;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.domain.AuditEntry;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip on a real encrypted vault with the real review and audit services:
 * what the screens did is checked afterwards in the vault itself (status history, comment,
 * intact audit chain), not in a fake.
 */
class ReviewOnRealVaultTest extends UiRobot {
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path temp;
    ShellFixture app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.dispose();
        }
    }

    @Test
    void theDeskRequestsChangesAndTheInterviewerResolvesAndResubmits() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        String transcript = ReviewFixture.TRANSCRIPT;
        int start = transcript.indexOf(ReviewFixture.PASSAGE);
        int end = start + ReviewFixture.PASSAGE.length();
        try (VaultSession session = vaults.create(dir, PASSPHRASE.toCharArray())) {
            session.settings().setUserName("anna-desk");
            Interview timur = session.interviews().create("Timur");
            session.interviews().save(timur.toBuilder()
                    .consent(new Consent(true, true, true, true, true, false, ConsentMethod.VERBAL,
                            OffsetDateTime.now().minusDays(1), null))
                    .transcript(transcript)
                    .segments(List.of(new Segment(start, end, List.of("border-crossing"), "")))
                    .build());
            session.review().transition(timur.id(), Status.SUBMITTED);
            session.review().setRole(Role.DESK);
        }

        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        click("#passphrase");
        write(PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");

        ReviewFixture.openInReview(this, "Timur");
        click("#action-in-review");
        awaitText("#reviewStatus", "In review");
        InlineCssTextArea review = lookup("#reviewTranscript").query();
        interact(() -> {
            review.requestFocus();
            review.selectRange(start, end);
        });
        app.dialogs.texts.add("Which crossing exactly?");
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        awaitText("#commentSummary", "1 open · 0 resolved");
        click("#action-changes-requested");
        awaitText("#reviewStatus", "Changes requested");
        waitUntil(() -> lookup("#action-changes-requested").tryQuery().isEmpty());

        // The same vault becomes the interviewer's: the role is switched in Settings.
        click("#nav-settings");
        click("#roleField");
        awaitText("#roleMessage", "Role saved.");
        click("#nav-interviews");
        waitUntil(() -> lookup("#interviews .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Timur".equals(c.getText())).tryQuery().isPresent());
        // The library counts the open comment in its own column.
        waitUntil(() -> lookup("#interviews .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "Comments".equals(c.getTableColumn().getText())
                && "1".equals(c.getText())).tryQuery().isPresent());
        click(lookup("#interviews .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Timur".equals(c.getText())).queryAs(Node.class));
        awaitText("#editorTitle", "Timur");
        waitUntil(() -> textOf("#reviewSummary").contains("1 open review comment"));
        click(await(this, "#openComments .comment-quote"));
        InlineCssTextArea editor = lookup("#transcript").query();
        waitUntil(() -> ReviewFixture.PASSAGE.equals(fx(editor::getSelectedText)));
        click(lookup("#openComments .button").queryAs(Button.class));
        waitUntil(() -> textOf("#reviewSummary").contains("No open review comments"));
        click("#submitForReview");
        waitUntil(() -> lookup("#submitForReview").tryQuery().map(n -> !fx(n::isVisible)).orElse(true));
        interact(() -> {
            editor.requestFocus();
            editor.moveTo(editor.getLength());
        });
        write(" Конец.");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // Closing the app stores whatever is still pending: the check below reads the vault itself.
        assertEquals(List.of(), app.dialogs.errors);
        app.dispose();
        app = null;

        try (VaultSession session = vaults.open(dir, PASSPHRASE.toCharArray())) {
            Interview stored = session.interviews().list().stream().filter(s -> s.pseudonym().equals("Timur"))
                    .map(s -> session.interviews().get(s.id())).findFirst().orElseThrow();
            assertEquals(Status.SUBMITTED, stored.status());
            assertTrue(stored.transcript().endsWith(" Конец."), "the edit after the resubmission was saved");
            assertEquals(List.of(Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.SUBMITTED),
                    session.review().statusHistory(stored.id()).stream().map(StatusChange::to).toList());
            List<ReviewComment> comments = session.review().comments(stored.id());
            assertEquals(1, comments.size());
            assertEquals(ReviewFixture.PASSAGE, comments.get(0).quote());
            assertFalse(comments.get(0).isOpen());
            assertEquals(start, comments.get(0).start(), "the appended text did not move the anchor");
            AuditReport report = session.audit().verify();
            assertTrue(report.intact(), report.problem());
            List<AuditEntry> entries = session.audit().forInterview(stored.id());
            assertTrue(entries.stream().anyMatch(e -> e.field().contains("status")
                    && "changes-requested".equals(e.newValue())), entries.toString());
            assertTrue(entries.stream().noneMatch(e -> String.valueOf(e.newValue()).contains("crossing")),
                    "the comment body is never in clear");
        }
    }
}
