package app.caravan.ui.shell;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.VaultSession;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Theme;
import app.caravan.ui.DesktopApp;
import app.caravan.ui.library.InterviewRow;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.InlineCssTextArea;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the desktop UI: a person creates a vault with the real, encrypted
 * vault service (as wired by {@link DesktopApp}), records an interview with every kind of field, closes the app, opens it again
 * and finds everything as they left it.
 */
class EndToEndTest extends UiRobot {
    private static final String PASSPHRASE = "Samarkand 2022!";
    private static final String TRANSCRIPT = "Я уехал из Екатеринбурга 24 сентября 2022 года. "
            + "Работаю удалённо, как и раньше; карты перестали работать.";
    /** "уехал из Екатеринбурга" */
    private static final int SEGMENT_START = 2;
    private static final int SEGMENT_END = 24;

    @TempDir
    Path temp;
    private ShellFixture app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            Screenshots.save(app.stage.getScene(), "zz-end-to-end-last");
            app.dispose();
        }
    }

    @Test
    void recordAnInterviewCloseReopenAndFindEverything() throws Exception {
        Path vault = temp.resolve("vault");
        app = ShellFixture.start(DesktopApp.productionVaultService(), vault, Locale.ENGLISH);
        createVault();
        recordInterview();
        Screenshots.save(app.stage.getScene(), "06-editor-transcript");
        awaitSaved();
        interact(() -> lookup("#editor .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        Screenshots.save(app.stage.getScene(), "05-main-library-editor");
        app.close();
        app = null;

        app = ShellFixture.start(DesktopApp.productionVaultService(), vault, Locale.ENGLISH);
        click("#passphrase");
        write("not the passphrase").type(KeyCode.ENTER);
        waitUntil(() -> "Wrong passphrase".equals(textOf("#unlockError")));
        write(PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");
        verifyLibraryRow();
        click(lookup("#interviews .table-cell").match(n -> "Timur".equals(((javafx.scene.control.TableCell<?, ?>) n)
                .getText())).queryAs(Node.class));
        awaitText("#editorTitle", "Timur");
        verifyEditor();
        Screenshots.save(app.stage.getScene(), "07-reopened-identity");
        app.close();
        app = null;
        verifyStoredRecord(vault);
    }


    private void createVault() {
        await(this, "#welcome");
        click("#createHere");
        click("#newPassphrase").write(PASSPHRASE);
        click("#repeatPassphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");
    }

    private void recordInterview() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        await(this, "#editorTitle");
        awaitText("#pseudonym", "Interviewee 1");
        // A new interview opens on the consent checklist.
        waitUntil(() -> lookup("#consent-participation").query().isFocused());
        typeInto("#pseudonym", "Timur");

        typeInto("#place", "Samar");
        click(suggestion("Samarkand"));
        awaitText("#place", "Samarkand");
        typeInto("#originCity", "Екатеринбург");
        click(suggestion("Yekaterinburg"));
        typeInto("#profession", "softw");
        click(suggestion("software developer"));
        typeInto("#language", "ru");

        click("#themes");
        click(checkItem("Family left behind"));
        click(checkItem("Helping Ukrainian refugees"));
        type(KeyCode.ESCAPE);

        click("#consent-participation");
        click("#consent-verbatimQuotes");
        click("#consent-shareAnonymizedForResearch");
        click("#consentMethod");
        click(listCell("Verbally"));

        // Transcripts are pasted more often than typed; typing the Cyrillic is covered by the other fields.
        click("#transcript");
        paste(TRANSCRIPT);
        InlineCssTextArea transcript = lookup("#transcript").query();
        awaitText("#transcript", TRANSCRIPT);
        interact(() -> transcript.selectRange(SEGMENT_START, SEGMENT_END));
        click("#codingThemes");
        click(checkItem("Mobilization and draft evasion"));
        type(KeyCode.ESCAPE);
        click("#codeSelection");
        waitUntil(() -> fx(() -> lookup("#segments").queryTableView().getItems().size()) == 1);
        typeInto("#segmentMemo", "дата отъезда");
        type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> ((Segment) lookup("#segments").queryTableView().getItems().get(0)).memo())
                .equals("дата отъезда"));

        typeInto("#noteOffset", "00:12:30");
        typeInto("#noteText", "Смеётся, вспоминая Верхний Ларс");
        click("#addNote");
        waitUntil(() -> fx(() -> lookup("#notes").queryTableView().getItems().size()) == 1);

        // This machine has no microphone: recording says so plainly.
        click("#record");
        awaitText("#attachmentsMessage", "No microphone was found on this computer. Connect one and try again, or"
                + " record on a phone and add the file with “Add file…”.");

        click("#revealIdentity");
        await(this, "#realName");
        typeInto("#realName", "Тимур Рахимов");
        typeInto("#contact", "@timur_r, +998 90 123 45 67");
        typeInto("#mentionedPeople", "Аня (сестра)");
    }

    private void awaitSaved() {
        // Ctrl+S stores at once; the autosave pause itself is covered by MainWindowTest.
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> textOf("#saveStatus").startsWith("Saved at"));
        assertFalse(fx(() -> app.shell.mainWindow().orElseThrow().library().editor().autosave().hasPendingChanges()));
    }

    private void verifyLibraryRow() {
        TableView<InterviewRow> table = await(this, "#interviews");
        waitUntil(() -> fx(() -> table.getItems().size()) == 1);
        waitUntil(() -> "Timur".equals(firstRowCells().stream().findFirst().orElse(null)));
        List<String> cells = firstRowCells();
        assertEquals("Timur", cells.get(0));
        assertTrue(cells.contains("Samarkand"), cells.toString());
        assertTrue(cells.contains("Yekaterinburg"), cells.toString());
        assertTrue(cells.contains("software developer"), cells.toString());
        assertTrue(cells.contains("Family left behind, Helping Ukrainian refugees"), cells.toString());
        assertTrue(cells.contains("Draft"), cells.toString());
        assertTrue(cells.contains("P·Q·R"), cells.toString());
        assertFalse(cells.stream().anyMatch(c -> c != null && c.contains("Тимур")), "no identity in the list");
    }

    private List<String> firstRowCells() {
        return fx(() -> lookup("#interviews .table-row-cell").nth(0).lookup(".table-cell").queryAll()
                .stream().map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList());
    }

    private void verifyEditor() {
        assertEquals("Samarkand", textOf("#place"));
        assertEquals("Yekaterinburg", textOf("#originCity"));
        assertEquals("software developer", textOf("#profession"));
        assertEquals("ru", textOf("#language"));
        assertEquals(TRANSCRIPT, textOf("#transcript"));
        CheckComboBox<Theme> themes = lookup("#themes").query();
        assertEquals(List.of("family-left-behind", "helping-ukrainian-refugees"),
                fx(() -> themes.getCheckModel().getCheckedItems().stream().map(Theme::key).toList()));
        for (String flag : List.of("participation", "verbatimQuotes", "shareAnonymizedForResearch")) {
            assertTrue(fx(() -> lookup("#consent-" + flag).queryAs(CheckBox.class).isSelected()), flag);
        }
        for (String flag : List.of("audioRecording", "publishUnderPseudonym", "recontact")) {
            assertFalse(fx(() -> lookup("#consent-" + flag).queryAs(CheckBox.class).isSelected()), flag);
        }
        assertEquals(ConsentMethod.VERBAL, fx(() -> lookup("#consentMethod").queryComboBox().getValue()));
        assertNotNull(fx(() -> lookup("#consentRecordedDate").queryAs(javafx.scene.control.DatePicker.class).getValue()));
        ComboBox<Status> status = lookup("#status").queryComboBox();
        assertEquals(Status.DRAFT, fx(status::getValue));
        assertTrue(fx(status::isDisabled), "the editor shows the status; review steps change it");
        assertEquals(List.of(new Note(Duration.ofMinutes(12).plusSeconds(30), "Смеётся, вспоминая Верхний Ларс")),
                fx(() -> List.copyOf(lookup("#notes").queryTableView().getItems())));
        assertEquals(List.of(new Segment(SEGMENT_START, SEGMENT_END, List.of("mobilization"), "дата отъезда")),
                fx(() -> List.copyOf(lookup("#segments").queryTableView().getItems())));

        assertFalse(shown("#realName"), "identity hidden until revealed");
        click("#revealIdentity");
        await(this, "#realName");
        awaitText("#realName", "Тимур Рахимов");
        assertEquals("@timur_r, +998 90 123 45 67", textOf("#contact"));
        assertEquals("Аня (сестра)", textOf("#mentionedPeople"));
    }

    private void verifyStoredRecord(Path vault) throws Exception {
        try (VaultSession session = DesktopApp.productionVaultService().open(vault, PASSPHRASE.toCharArray())) {
            Interview stored = session.interviews().get(session.interviews().list().get(0).id());
            assertEquals("Timur", stored.pseudonym());
            assertEquals("samarkand", stored.place());
            assertEquals("yekaterinburg", stored.originCity());
            assertEquals("software-developer", stored.profession());
            assertEquals(Status.DRAFT, stored.status());
            assertTrue(stored.consent().participation() && stored.consent().verbatimQuotes()
                    && stored.consent().shareAnonymizedForResearch());
            Identity identity = session.interviews().identity(stored.id());
            assertEquals("Тимур Рахимов", identity.realName());
            assertEquals(List.of("Аня (сестра)"), identity.mentionedPeople());
        }
    }

    private java.util.function.Predicate<Node> hasCellText(String text) {
        return n -> n instanceof ListCell<?> cell && cell.getText() != null && text.equals(cell.getText().strip())
                && n.isVisible() && n.getScene() != null;
    }

    /**
     * The only suggestion left for what was typed. Suggestions arrive asynchronously for every
     * keystroke, so wait until the list shows just this one: clicking into a list that is still
     * being replaced could pick its neighbour.
     */
    private String suggestion(String text) {
        waitUntil(() -> fx(() -> lookup(".auto-complete-popup").queryAll().stream()
                .filter(ListView.class::isInstance).map(node -> (ListView<?>) node)
                .anyMatch(list -> list.isVisible() && list.getScene() != null && list.getItems().size() == 1
                        && text.equals(String.valueOf(nameOf(list.getItems().get(0)))))));
        return listCellQuery(text);
    }

    private static String nameOf(Object suggestion) {
        if (suggestion instanceof app.caravan.domain.City city) {
            return city.name();
        }
        if (suggestion instanceof app.caravan.domain.Profession profession) {
            return profession.name();
        }
        return String.valueOf(suggestion);
    }

    private String checkItem(String text) {
        return listCellQuery(text);
    }

    private String listCell(String text) {
        return listCellQuery(text);
    }

    /**
     * A list cell in a popup, by its text (lookups by predicate are not queries, so mark it).
     * Popup lists are virtualized: scroll the item into view first, as a person would.
     */
    private String listCellQuery(String text) {
        interact(() -> lookup(".list-view").queryAllAs(javafx.scene.control.ListView.class).forEach(list -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                Object item = list.getItems().get(i);
                String shown = item instanceof Theme t ? t.name() : String.valueOf(item);
                if (shown.strip().equals(text)) {
                    list.scrollTo(i);
                }
            }
        }));
        waitUntil(() -> lookup(".list-cell").match(hasCellText(text)).tryQuery().isPresent());
        Node cell = lookup(".list-cell").match(hasCellText(text)).query();
        String id = "cell-" + Integer.toHexString(System.identityHashCode(cell));
        interact(() -> cell.setId(id));
        return "#" + id;
    }
}
