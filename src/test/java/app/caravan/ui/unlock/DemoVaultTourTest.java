package app.caravan.ui.unlock;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.DemoVault;
import app.caravan.app.VaultLocations;
import app.caravan.app.VaultSession;
import app.caravan.ui.library.InterviewRow;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first minute, on the real services: "Try the demo vault" on the welcome screen builds the
 * demo next to the default vault, and every sidebar page then has something real to show, under
 * the banner that says the data is fictional. Locking and trying again reopens the same demo.
 */
class DemoVaultTourTest extends UiRobot {
    private static final String BANNER = "Demo vault — fictional data. Every interview here was written for Caravan;"
            + " do not record real interviews in this vault.";

    @TempDir
    Path temp;
    private ShellFixture app;

    @AfterEach
    void dispose() {
        if (app != null) {
            app.dispose();
        }
    }

    @Test
    void theDemoOpensFromTheWelcomeScreenAndEveryPageShowsContent() throws Exception {
        Path vault = temp.resolve("vault");
        app = ShellFixture.start(Fixtures.fastVaults(), vault, Locale.ENGLISH);
        await(this, "#welcome");
        assertEquals("Demo passphrase: " + DemoVault.PASSPHRASE, textOf("#demoPassphrase"),
                "the published passphrase is on screen");
        Screenshots.save(app.stage.getScene(), "50-welcome-demo");
        click("#tryDemo");
        awaitLong("#mainWindow");
        assertTrue(Files.isDirectory(VaultLocations.demoDirectory(vault)), "built next to the default vault");
        assertFalse(Files.exists(vault), "the default vault stays untouched");
        assertBanner();

        // Interviews: the list, and a transcript with its coded spans highlighted.
        TableView<InterviewRow> table = await(this, "#interviews");
        waitUntil(() -> fx(() -> table.getItems().size()) == 34);
        interact(() -> table.getItems().stream().filter(r -> r.pseudonym().equals("Руслан")).findFirst()
                .ifPresent(table::scrollTo));
        click(lookup("#interviews .table-cell").match(cell("Руслан")).queryAs(Node.class));
        awaitText("#editorTitle", "Руслан");
        interact(() -> selectTabOf(lookup("#transcript").query()));
        InlineCssTextArea transcript = await(this, "#transcript");
        waitUntil(() -> fx(() -> transcript.getText().contains("Троицк")));
        int coded = fx(() -> transcript.getText().indexOf("Троицк"));
        waitUntil(() -> fx(() -> transcript.getStyleOfChar(coded)).contains("-rtfx-background-color"));
        assertEquals("", fx(() -> transcript.getStyleOfChar(0)), "uncoded text is plain");
        Screenshots.save(app.stage.getScene(), "51-demo-editor");

        click("#nav-codebook");
        TreeView<?> themes = await(this, "#themeTree");
        waitUntil(() -> fx(() -> themes.getExpandedItemCount()) >= 12);
        assertBanner();

        click("#nav-insight");
        await(this, "#chart-themes");
        assertTrue(lookup("#insightEmpty").tryQuery().isEmpty() || !shown("#insightEmpty"), "the charts have data");
        assertBanner();
        Screenshots.save(app.stage.getScene(), "52-demo-insight");

        click("#nav-review");
        ListView<?> queue = await(this, "#reviewQueueList");
        waitUntil(() -> fx(() -> queue.getItems().size()) > 0);
        click("#queue-in-review");
        waitUntil(() -> fx(() -> queue.getItems().size()) == 6);
        interact(() -> queue.getSelectionModel().select(0));
        await(this, "#reviewView");
        assertBanner();
        Screenshots.save(app.stage.getScene(), "53-demo-review");

        click("#nav-sync");
        await(this, ".recipient-row");
        TableView<?> outbox = await(this, "#outbox");
        waitUntil(() -> fx(() -> outbox.getItems().size()) == 1);
        assertBanner();

        click("#nav-export");
        waitUntil(() -> textOf("#exportSelectionSummary").contains("34 interviews chosen"));
        click("#exportAll");
        click("#exportNext");
        await(this, "#exportStepOptions");
        app.dialogs.folder = Files.createDirectories(temp.resolve("datasets"));
        click("#exportChooseFolder");
        typeInto("#exportName", "demo-dataset");
        click("#exportNext");
        ListView<?> preview = await(this, "#exportPreviewList");
        waitUntil(() -> fx(() -> preview.getItems().size()) > 0);
        interact(() -> preview.getSelectionModel().select(0));
        StyleClassedTextArea original = await(this, "#exportOriginal");
        waitUntil(() -> fx(() -> original.getText().length()) > 500);
        assertBanner();

        click("#nav-settings");
        await(this, "#userName");
        assertEquals("demo-editor", textOf("#userName"));
        assertBanner();

        // Lock: the demo's unlock screen has its passphrase filled in.
        click("#lockButton");
        await(this, "#unlock");
        assertEquals(DemoVault.PASSPHRASE, textOf("#passphrase"));
        assertTrue(shown("#demoUnlockHint"));
        click("#unlockButton");
        awaitLong("#mainWindow");
        assertBanner();

        // The button a second time: the same demo opens, nothing is built again.
        click("#lockButton");
        await(this, "#unlock");
        click("#otherVault");
        await(this, "#welcome");
        click("#tryDemo");
        awaitLong("#mainWindow");
        TableView<?> again = await(this, "#interviews");
        waitUntil(() -> fx(() -> again.getItems().size()) == 34);
        assertBanner();
        app.close();
        app = null;
        try (VaultSession session = Fixtures.fastVaults().open(VaultLocations.demoDirectory(vault),
                DemoVault.passphrase())) {
            assertEquals(34, session.interviews().list().size());
        }
    }

    @Test
    void aRealVaultShowsNoBanner() throws Exception {
        Path vault = temp.resolve("vault");
        Fixtures.fastVaults().create(vault, Fixtures.passphrase()).close();
        app = ShellFixture.start(Fixtures.fastVaults(), vault, Locale.ENGLISH);
        await(this, "#unlock");
        assertEquals("", textOf("#passphrase"));
        assertFalse(lookup("#demoUnlockHint").tryQuery().isPresent());
        click("#passphrase");
        write(Fixtures.PASSPHRASE);
        click("#unlockButton");
        await(this, "#mainWindow");
        assertFalse(lookup("#demoBanner").tryQuery().isPresent(), "only the demo is marked");
    }

    private void assertBanner() {
        assertTrue(shown("#demoBanner"), "the demo banner is on screen");
        assertEquals(BANNER, textOf("#demoBanner"));
    }

    /** Building the demo takes a few seconds; on a busy machine more than the usual 20. */
    private void awaitLong(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static java.util.function.Predicate<Node> cell(String text) {
        return n -> n instanceof TableCell<?, ?> c && text.equals(c.getText());
    }
}
