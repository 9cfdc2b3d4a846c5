package app.caravan.ui.review;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.PermissionDeniedException;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow through the screens: the desk requests changes, the interviewer answers them. */
class ReviewFlowTest extends UiRobot {
    @TempDir
    Path temp;
    ReviewFixture vault;

    @BeforeEach
    void unlock(org.junit.jupiter.api.TestInfo test) throws Exception {
        vault = new ReviewFixture(temp);
        vault.unlock(this, test.getTags().contains("ru") ? java.util.Locale.forLanguageTag("ru")
                : java.util.Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        vault.dispose();
    }

    @Test
    void deskRequestsChangesAndTheInterviewerSeesTheComment() {
        // The desk starts the review, comments a passage and requests changes.
        vault.review(this, "Timur");
        assertTrue(shown("#action-in-review"));
        assertFalse(fx(() -> lookup("#action-approved").tryQuery().isPresent()), "approve comes after starting");
        click("#action-in-review");
        waitUntil(() -> vault.stored("Timur").status() == Status.IN_REVIEW);
        await(this, "#action-changes-requested");
        awaitText("#reviewStatus", "In review");

        InlineCssTextArea transcript = lookup("#reviewTranscript").query();
        int start = ReviewFixture.TRANSCRIPT.indexOf(ReviewFixture.PASSAGE);
        int end = start + ReviewFixture.PASSAGE.length();
        interact(() -> {
            transcript.requestFocus();
            transcript.selectRange(start, end);
        });
        vault.app.dialogs.texts.add("Which date exactly: the 24th or the 25th?");
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> vault.vault().review().all().size() == 1);
        ReviewComment comment = vault.vault().review().all().get(0);
        assertEquals(ReviewFixture.PASSAGE, comment.quote());
        assertEquals(start, comment.start());
        assertEquals("field-team-1", comment.author());
        awaitText("#commentSummary", "1 open · 0 resolved");
        interact(() -> transcript.moveTo(0));
        click(await(this, "#reviewComments .comment-quote"));
        waitUntil(() -> fx(transcript::getSelectedText).equals(ReviewFixture.PASSAGE));

        click("#action-changes-requested");
        waitUntil(() -> vault.stored("Timur").status() == Status.CHANGES_REQUESTED);
        assertTrue(vault.app.dialogs.confirmations.get(0).contains("Changes requested"), "asked first");
        awaitText("#reviewStatus", "Changes requested");
        Screenshots.save(vault.app.stage.getScene(), "review-01-desk-changes-requested");

        click("#reviewTab-history");
        TableView<?> audit = await(this, "#auditTable");
        waitUntil(() -> fx(() -> audit.getItems().size()) >= 4);
        assertTrue(fx(() -> lookup("#auditTable .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().startsWith("—  →  hashed #"))), "the comment shows as a hash");
        Screenshots.save(vault.app.stage.getScene(), "review-02-history");

        // The same vault, now the interviewer's: the role is switched in Settings.
        click("#nav-settings");
        click("#roleField");
        awaitText("#roleMessage", "Role saved.");
        assertEquals(Role.FIELD, vault.vault().review().role());

        click("#nav-interviews");
        waitUntil(() -> lookup("#interviews .table-cell").match(cell("Timur")).tryQuery().isPresent());
        click(lookup("#interviews .table-cell").match(cell("Timur")).queryAs(Node.class));
        awaitText("#editorTitle", "Timur");
        await(this, "#reviewBanner");
        waitUntil(() -> textOf("#reviewSummary").contains("1 open review comment"));
        assertTrue(textOf("#reviewSummary").startsWith("The desk asked for changes"));
        Node quote = await(this, "#openComments .comment-quote");
        click(quote);
        InlineCssTextArea editorText = lookup("#transcript").query();
        waitUntil(() -> fx(() -> editorText.getSelectedText()).equals(ReviewFixture.PASSAGE));
        Screenshots.save(vault.app.stage.getScene(), "review-03-editor-open-comment");

        Button resolve = lookup("#openComments .button").queryAs(Button.class);
        click(resolve);
        waitUntil(() -> !vault.vault().review().all().get(0).isOpen());
        waitUntil(() -> textOf("#reviewSummary").contains("No open review comments"));

        long before = vault.stored("Timur").revision();
        click("#submitForReview");
        waitUntil(() -> vault.stored("Timur").status() == Status.SUBMITTED);
        assertEquals(before + 1, vault.stored("Timur").revision());
        waitUntil(() -> !shown("#submitForReview"));

        // The editor reloaded after the transition: the next save is not a conflict.
        interact(() -> {
            editorText.requestFocus();
            editorText.moveTo(editorText.getLength());
        });
        write(" Конец.");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> vault.stored("Timur").transcript().endsWith(" Конец."));
        assertEquals(Status.SUBMITTED, vault.stored("Timur").status(), "a save never changes the status");
        assertEquals(java.util.List.of(), vault.app.dialogs.errors);
    }

    @Test
    void theFieldCannotApproveOnScreenNorInTheVault() throws Exception {
        vault.vault().review().setRole(Role.FIELD);
        vault.review(this, "Timur");
        awaitText("#reviewRole", "Field: your interviews, those needing changes first");
        waitUntil(() -> fx(() -> ((javafx.scene.layout.HBox) lookup("#reviewActions").query()).getChildren().isEmpty()));
        for (String action : new String[] {"#action-in-review", "#action-approved", "#action-archived"}) {
            assertFalse(fx(() -> lookup(action).tryQuery().isPresent()), action);
        }
        Interview timur = vault.stored("Timur");
        assertThrows(PermissionDeniedException.class, () -> vault.vault().review().transition(timur.id(),
                Status.IN_REVIEW));
        assertEquals(Status.SUBMITTED, vault.stored("Timur").status());
    }

    @Test
    void quotableWithoutConsentIsWarnedAbout() {
        vault.review(this, "Lena");
        await(this, "#quoteWarning");
        assertTrue(textOf("#quoteWarning").startsWith("1 segment is marked quotable without consent to verbatim quotes"),
                textOf("#quoteWarning"));
        assertTrue(textOf("#quoteWarning").contains("“Мама осталась в Екатеринбурге”"), textOf("#quoteWarning"));
        assertTrue(fx(() -> lookup("#consent-verbatimQuotes").query().getStyleClass().contains("flag-missing")));
        Screenshots.save(vault.app.stage.getScene(), "review-04-quote-warning");

        vault.review(this, "Timur");
        waitUntil(() -> !shown("#quoteWarning"));
    }

    @Test
    @org.junit.jupiter.api.Tag("ru")
    void russianReviewScreen() throws Exception {
        Interview timur = vault.stored("Timur");
        vault.vault().review().transition(timur.id(), Status.IN_REVIEW);
        vault.vault().review().addComment(timur.id(), 11, 18, "Уточнить дату отъезда");
        click("#nav-review");
        click("#queue-in-review");
        vault.review(this, "Timur");
        awaitText("#reviewStatus", "На проверке");
        await(this, "#action-approved");
        awaitText("#commentSummary", "открыто: 1 · решено: 0");
        assertFalse(fx(() -> lookup(".label").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().startsWith("!"))), "a missing message key");
        Screenshots.save(vault.app.stage.getScene(), "review-05-russian");
    }

    static java.util.function.Predicate<Node> cell(String text) {
        return n -> n instanceof javafx.scene.control.TableCell<?, ?> c && text.equals(c.getText());
    }
}
