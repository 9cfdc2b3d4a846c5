package app.caravan.ui.main;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.VaultSession;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window against the in-memory vault: list, autosave, lock, pages. */
class MainWindowTest extends UiRobot {
    private static final String PASSPHRASE = "correct horse";

    @TempDir
    Path temp;
    private final InMemoryVaultService vaults = new InMemoryVaultService();
    private Path dir;
    private ShellFixture app;

    @BeforeEach
    void createVault() throws Exception {
        dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, PASSPHRASE.toCharArray())) {
            Interview a = session.interviews().create("Timur");
            session.interviews().save(a.toBuilder().place("samarkand").originCity("moscow").build());
            session.interviews().saveIdentity(a.id(), new Identity("Тимур Р.", "", List.of()));
            Interview b = session.interviews().create("Aziza");
            session.interviews().save(b.toBuilder().place("tbilisi").build());
        }
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.dispose();
        }
    }

    private void unlock() throws Exception {
        unlock(Locale.ENGLISH);
    }

    private void unlock(Locale locale) throws Exception {
        app = ShellFixture.start(vaults, dir, locale);
        click("#passphrase");
        write(PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");
        TableView<?> table = await(this, "#interviews");
        waitUntil(() -> fx(() -> table.getItems().size()) == 2);
    }

    private Interview stored(String pseudonym) {
        return vaults.vault(dir).interviews().values().stream().filter(i -> i.pseudonym().equals(pseudonym))
                .findFirst().orElseThrow();
    }

    private void open(String pseudonym) {
        waitUntil(() -> lookup("#interviews .table-cell").match(cellWithText(pseudonym)).tryQuery().isPresent());
        click(lookup("#interviews .table-cell").match(cellWithText(pseudonym)).queryAs(Node.class));
        awaitText("#editorTitle", pseudonym);
        // Timur's pseudonym matches his own real name: the warning appears and moves the form down.
        waitUntil(() -> pseudonym.equals(fx(() -> lookup("#pseudonymWarning").query().getProperties()
                .get("checkedPseudonym"))));
    }

    private static java.util.function.Predicate<Node> cellWithText(String text) {
        return n -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText());
    }

    @Test
    void ctrlNCreatesASelectedDraftReadyToBeNamedAndAutosaves() throws Exception {
        unlock();
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        awaitText("#pseudonym", "Interviewee 3");
        waitUntil(() -> lookup("#consent-participation").query().isFocused());
        typeInto("#pseudonym", "Olga");
        waitUntil(() -> textOf("#saveStatus").startsWith("Saved at"));
        assertEquals(3, vaults.vault(dir).interviews().size());
        assertEquals(1, stored("Olga").revision());
        waitUntil(() -> lookup("#interviews .table-cell").match(cellWithText("Olga")).tryQuery().isPresent());
        assertEquals("field-team-1", textOf("#interviewer"), "the vault's user name is the default interviewer");
    }

    @Test
    void invalidFieldsAreNotAutosavedButLockKeepsEverythingElse() throws Exception {
        unlock();
        open("Timur");
        typeInto("#pseudonym", "");
        type(KeyCode.BACK_SPACE);
        typeInto("#profession", "furniture maker");
        waitUntil(() -> textOf("#saveStatus").equals("Not saved: A pseudonym is required."));
        assertTrue(shown(".field-error"));
        assertEquals(1, stored("Timur").revision());

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(this, "#passphrase");
        Interview timur = stored("Timur");
        assertEquals("furniture-maker", timur.profession(), "saved on lock, unknown profession added");
        assertFalse(vaults.vault(dir).professions().stream().noneMatch(p -> p.key().equals("furniture-maker")));
        Screenshots.save(app.stage.getScene(), "08-locked");
    }

    @Test
    void editsMadeWhileSavingAreSavedRightAfter() throws Exception {
        unlock();
        open("Aziza");
        vaults.delayMillis = 800;
        typeInto("#language", "uz");
        waitUntil(() -> textOf("#saveStatus").equals("Saving…"));
        typeInto("#interviewer", "desk-2");
        waitUntil(() -> textOf("#saveStatus").startsWith("Saved at") && stored("Aziza").revision() == 3);
        assertEquals("uz", stored("Aziza").language());
        assertEquals("desk-2", stored("Aziza").interviewer());
    }

    @Test
    void switchingInterviewsSavesAtOnceAndHidesTheIdentityAgain() throws Exception {
        unlock();
        open("Timur");
        click("#revealIdentity");
        awaitText("#realName", "Тимур Р.");
        typeInto("#contact", "@timur");
        typeInto("#place", "Bukhara");
        open("Aziza");
        assertEquals("bukhara", stored("Timur").place(), "saved before switching, without waiting");
        assertEquals("@timur", vaults.vault(dir).identities().get(stored("Timur").id()).contact());
        assertFalse(shown("#realName"));
        open("Timur");
        assertFalse(shown("#realName"), "identity hidden again");
        assertEquals("", textOf("#realName"), "and not even loaded");
    }

    @Test
    void aFailingSaveIsShownAndSwitchingAsksBeforeDroppingTheEdits() throws Exception {
        unlock();
        open("Timur");
        vaults.failSaves = true;
        typeInto("#place", "Bukhara");
        waitUntil(() -> textOf("#saveStatus").equals("Not saved: disk full"));
        app.dialogs.confirmAnswer = false;
        click(lookup("#interviews .table-cell").match(cellWithText("Aziza")).queryAs(Node.class));
        waitUntil(() -> app.dialogs.confirmations.size() == 1);
        assertEquals("Timur", textOf("#editorTitle"), "still on the interview with unsaved edits");
        assertEquals("Bukhara", textOf("#place"));

        vaults.failSaves = false;
        app.dialogs.confirmAnswer = true;
        open("Aziza");
        assertEquals(1, app.dialogs.confirmations.size(), "saving worked again: nothing to ask");
        assertEquals("bukhara", stored("Timur").place());
    }

    @Test
    void ctrlFSearchesEscReturnsToTheListAndDeleteAsksFirst() throws Exception {
        unlock();
        TableView<?> table = lookup("#interviews").queryTableView();
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> lookup("#search").query().isFocused());
        write("nowhere");
        waitUntil(() -> shown("#searchResults") && !shown("#interviews"));
        waitUntil(() -> textOf("#searchSummary").equals("0 interviews found"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> shown("#interviews") && textOf("#search").isEmpty());
        assertEquals(2, fx(() -> table.getItems().size()));

        open("Aziza");
        app.dialogs.confirmAnswer = false;
        click("#deleteInterview");
        assertEquals(2, vaults.vault(dir).interviews().size());
        app.dialogs.confirmAnswer = true;
        click("#deleteInterview");
        waitUntil(() -> vaults.vault(dir).interviews().size() == 1);
        waitUntil(() -> fx(() -> table.getItems().size()) == 1);
        assertTrue(app.dialogs.confirmations.get(0).contains("“Aziza” will be deleted"));
        assertTrue(shown(".empty-editor"));
    }

    @Test
    void laterPagesAndSettings() throws Exception {
        unlock();
        click("#nav-export");
        await(this, "#export");
        assertTrue(shown("#exportStepInterviews"));
        Screenshots.save(app.stage.getScene(), "09-export");

        click("#nav-settings");
        awaitText("#userName", "field-team-1");
        typeInto("#userName", "field-team-7");
        click("#saveUserName");
        awaitText("#userNameMessage", "Saved.");
        assertEquals("field-team-7", vaults.vault(dir).userName());

        typeInto("#currentPassphrase", "wrong horse");
        typeInto("#newPassphrase", "Bishkek night bus 7");
        typeInto("#repeatPassphrase", "Bishkek night bus 7");
        type(KeyCode.ENTER);
        awaitText("#passphraseMessage", "The current passphrase is wrong.");
        Screenshots.save(app.stage.getScene(), "10-settings");
        assertEquals("", textOf("#newPassphrase"), "fields are wiped after each attempt");

        typeInto("#currentPassphrase", PASSPHRASE);
        typeInto("#newPassphrase", "Bishkek night bus 7");
        typeInto("#repeatPassphrase", "Bishkek night bus 7");
        assertEquals("", textOf("#passphraseMessage"), "the old result goes once the user types again");
        click("#changePassphrase");
        awaitText("#passphraseMessage", "The passphrase was changed. Use the new one from now on.");
        assertTrue(vaults.vault(dir).passphraseIs("Bishkek night bus 7"));
    }

    @Test
    void russianEditorFitsItsLabels() throws Exception {
        unlock(Locale.forLanguageTag("ru"));
        open("Timur");
        awaitText("#place", "Samarkand");
        assertEquals("Осторожно: совпадает с настоящим именем этого собеседника. Выберите другой псевдоним.",
                textOf("#pseudonymWarning"));
        Screenshots.save(app.stage.getScene(), "11-editor-ru");
        click("#revealIdentity");
        awaitText("#realName", "Тимур Р.");
        Screenshots.save(app.stage.getScene(), "12-identity-ru");
    }
}
