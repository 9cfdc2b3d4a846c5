package app.caravan.ui.shell;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.ui.main.MainWindow;
import app.caravan.ui.support.ManualTicker;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock and panic on a real vault with the real shell: auto-lock driven by a manual clock, Ctrl+L,
 * "Destroy vault" in Settings and the wipe after failed unlocks. After a lock no node anywhere
 * still shows the canary written into the vault.
 */
class LockAndPanicOnRealVaultTest extends RealVaultUiTest {
    @TempDir
    Path temp;
    private final LocalVaultService vaults = Fixtures.fastVaults();
    private final ManualTicker ticker = new ManualTicker();
    private final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
    private Path dir;

    private void vaultWithCanary() throws Exception {
        dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            Interview created = session.interviews().create("Timur");
            session.interviews().save(created.toBuilder()
                    .consent(new Consent(true, false, true, false, false, false, ConsentMethod.VERBAL,
                            OffsetDateTime.now(), null))
                    .transcript("Мы уехали из Екатеринбурга. " + canary).build());
        }
    }

    private void unlockWithTicker() {
        try {
            app = ShellFixture.start(vaults, dir, Locale.ENGLISH, ticker);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");
    }

    /** Opens Timur and waits until his transcript (with the canary) is on screen. */
    private MainWindow openTimur() {
        waitUntil(() -> lookup("#interviews .table-cell").match(cell("Timur")).tryQuery().isPresent());
        // The table may redraw its cells while the vault's lists load: click again if the first one missed.
        for (int attempt = 1; !showing("#editorTitle", "Timur"); attempt++) {
            lookup("#interviews .table-cell").match(cell("Timur")).tryQuery().ifPresent(this::click);
            try {
                waitUntil(() -> showing("#editorTitle", "Timur"));
            } catch (AssertionError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        waitUntil(() -> showing("#transcript", canary));
        assertTrue(fx(() -> showsCanary(app.stage.getScene().getRoot())), "the canary is on screen before the lock");
        return fx(() -> app.shell.mainWindow().orElseThrow());
    }

    /** Whether the node's text contains {@code text}; a busy FX thread (slow machine) counts as not yet. */
    private boolean showing(String query, String text) {
        try {
            return lookup(query).tryQuery().isPresent() && textOf(query).contains(text);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void autoLockFiresAfterTheIdleTimeAndLeavesNoContentInTheScene() throws Exception {
        vaultWithCanary();
        unlockWithTicker();
        MainWindow window = openTimur();
        typeInto("#search", canary);

        ticker.advance(Duration.ofMinutes(4));
        assertTrue(fx(() -> app.shell.mainWindow().isPresent()), "4 idle minutes of 5: still open");
        moveBy(5, 5);
        ticker.advance(Duration.ofMinutes(4));
        assertTrue(fx(() -> app.shell.mainWindow().isPresent()), "the mouse moved: the idle time starts again");
        type(KeyCode.SHIFT);
        ticker.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertTrue(fx(() -> app.shell.mainWindow().isPresent()), "a key was pressed: the idle time starts again");

        ticker.advance(Duration.ofSeconds(1));

        await(this, "#passphrase");
        assertLockedWithoutContent(window);
        assertFalse(ticker.scheduled(), "no idle checks while locked");
        Screenshots.save(app.stage.getScene(), "60-auto-locked");

        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
        await(this, "#mainWindow");
        waitUntil(ticker::scheduled); // unlocking starts the idle checks again
    }

    @Test
    void ctrlLSavesTheOpenInterviewAndLocks() throws Exception {
        vaultWithCanary();
        unlockWithTicker();
        MainWindow window = openTimur();
        typeInto("#profession", "furniture maker");

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        await(this, "#passphrase");
        assertLockedWithoutContent(window);
        assertTrue(app.dialogs.confirmations.isEmpty(), "locking asks nothing");
        app.dispose();
        app = null;
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals("furniture-maker", session.interviews().list().get(0).profession(), "saved on lock");
        }
    }

    @Test
    void aShorterAutoLockTimeFromSettingsAppliesAtOnceAndIsKept() throws Exception {
        vaultWithCanary();
        unlockWithTicker();
        click("#nav-settings");
        typeInto("#autoLockMinutes .text-field", "1");
        type(KeyCode.ENTER);
        waitUntil(() -> textOf("#lockMessage").equals("The vault now locks after 1 idle minutes."));

        ticker.advance(Duration.ofMinutes(1));

        await(this, "#passphrase");
        app.dispose();
        app = null;
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals(1, session.lockSettings().autoLockMinutes());
        }
    }

    @Test
    void destroyVaultInSettingsLeavesNothingOpenable() throws Exception {
        vaultWithCanary();
        unlockWithTicker();
        MainWindow window = openTimur();
        click("#nav-settings");
        app.dialogs.typed = "not the folder";
        click("#destroyVault");
        waitUntil(() -> app.dialogs.confirmations.size() == 1);
        assertTrue(fx(() -> app.shell.mainWindow().isPresent()), "a wrong word destroys nothing");
        assertTrue(Files.exists(dir.resolve("vault.key")));

        app.dialogs.typed = "vault";
        click("#destroyVault");

        await(this, "#welcome");
        waitUntil(() -> textOf("#welcomeNotice").startsWith("The vault in " + dir.toAbsolutePath() + " was destroyed."));
        assertLockedWithoutContent(window);
        assertFalse(Files.exists(dir.resolve("vault.key")));
        assertFalse(Files.exists(dir.resolve("caravan.mv.db")));
        for (Path file : Fixtures.filesUnder(temp)) {
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(canary), file.toString());
        }
        VaultAccessException e = assertThrows(VaultAccessException.class, () -> vaults.open(dir, Fixtures.passphrase()));
        assertNotEquals(VaultAccessException.Reason.WRONG_PASSPHRASE, e.reason());
        Screenshots.save(app.stage.getScene(), "61-destroyed");
    }

    @Test
    void threeWrongPassphrasesDestroyTheVaultWhenSwitchedOnInSettings() throws Exception {
        vaultWithCanary();
        unlockWithTicker();
        click("#nav-settings");
        click("#wipeOn");
        waitUntil(() -> textOf("#lockMessage").equals("The vault will be destroyed after 10 failed unlocks in a row."));
        assertEquals(1, app.dialogs.confirmations.size(), "switching the wipe on warns first");
        typeInto("#wipeAfter .text-field", "3");
        type(KeyCode.ENTER);
        waitUntil(() -> textOf("#lockMessage").equals("The vault will be destroyed after 3 failed unlocks in a row."));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(this, "#passphrase");

        for (int attempt = 1; attempt <= 2; attempt++) {
            click("#passphrase");
            write("wrong " + attempt).type(KeyCode.ENTER);
            waitUntil(() -> "Wrong passphrase".equals(textOf("#unlockError")));
            interact(() -> lookup("#unlockError").queryAs(Labeled.class).setText(""));
        }
        assertTrue(Files.exists(dir.resolve("vault.key")));
        click("#passphrase");
        write("wrong 3").type(KeyCode.ENTER);

        await(this, "#welcome");
        waitUntil(() -> textOf("#welcomeNotice").startsWith("The passphrase was wrong too many times in a row"));
        assertFalse(Files.exists(dir.resolve("vault.key")));
        assertFalse(Files.exists(dir.resolve("caravan.mv.db")));
        assertThrows(VaultAccessException.class, () -> vaults.open(dir, Fixtures.passphrase()));
    }

    /** The unlock screen shows; no window, node or old control holds the canary; no dialog is left open. */
    private void assertLockedWithoutContent(MainWindow old) {
        assertFalse(fx(() -> app.shell.mainWindow().isPresent()));
        for (Window window : fx(() -> List.copyOf(Window.getWindows()))) {
            if (window.getScene() != null && window.isShowing()) {
                assertFalse(fx(() -> showsCanary(window.getScene().getRoot())), "a showing window still holds the canary");
            }
        }
        assertFalse(fx(() -> old.getScene() != null), "the locked window left the scene");
        assertFalse(fx(() -> showsCanary(old)), "the locked window's controls were emptied");
        assertEquals("", fx(() -> old.lookup("#search") instanceof TextInputControl t ? t.getText() : ""));
    }

    private boolean showsCanary(Node root) {
        List<Node> nodes = new ArrayList<>(List.of(root));
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String text = node instanceof Labeled l ? l.getText()
                    : node instanceof TextInputControl t ? t.getText()
                    : node instanceof GenericStyledArea<?, ?, ?> a ? a.getText()
                    : node instanceof Text t ? t.getText() : null;
            if (text != null && text.contains(canary)) {
                return true;
            }
            if (node instanceof Parent p) {
                nodes.addAll(p.getChildrenUnmodifiable());
            }
        }
        return false;
    }

    private static java.util.function.Predicate<Node> cell(String text) {
        return n -> n instanceof TableCell<?, ?> c && text.equals(c.getText());
    }
}
