package app.caravan.ui.unlock;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.text;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import app.caravan.ui.support.UiRobot;

class UnlockScreensTest extends UiRobot {
    @TempDir
    Path temp;
    private ShellFixture app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.dispose();
        }
    }

    @Test
    void createsVaultOnlyWithTwoEqualLongEnoughPassphrases() throws Exception {
        InMemoryVaultService vaults = new InMemoryVaultService();
        vaults.delayMillis = 300;
        app = ShellFixture.start(vaults, temp.resolve("vault"), Locale.ENGLISH);
        await(this, "#welcome");
        Screenshots.save(app.stage.getScene(), "01-welcome");

        clickOn("#createHere");
        PasswordField first = await(this, "#newPassphrase");
        Button create = lookup("#createVaultButton").queryButton();
        assertTrue(create.isDisabled());
        clickOn(first).write("short");
        clickOn("#repeatPassphrase").write("short");
        assertTrue(create.isDisabled(), "too short");
        assertEquals("Weak passphrase", text(this, ".strength"));

        clickOn(first).eraseText(5).write("Tashkent cafe 2022!");
        clickOn("#repeatPassphrase").eraseText(5).write("Tashkent cafe 2022?");
        assertTrue(create.isDisabled(), "different entries");
        assertEquals("The two entries are not the same.", text(this, "#mismatch"));
        assertEquals("Strong passphrase", text(this, ".strength"));
        type(KeyCode.BACK_SPACE).write("!");
        assertFalse(create.isDisabled());
        Screenshots.save(app.stage.getScene(), "02-create-vault");

        type(KeyCode.ENTER);
        await(this, "#mainWindow");
        assertTrue(vaults.exists(temp.resolve("vault")));
        assertEquals("", first.getText(), "the field is wiped after use");
    }

    @Test
    void wrongPassphraseShowsMessageAndKeepsFocus() throws Exception {
        InMemoryVaultService vaults = new InMemoryVaultService();
        Path dir = temp.resolve("vault");
        vaults.create(dir, "correct horse".toCharArray()).close();
        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        PasswordField field = await(this, "#passphrase");
        waitUntil(field::isFocused);

        write("battery staple").type(KeyCode.ENTER);
        waitUntil(() -> "Wrong passphrase".equals(text(this, "#unlockError")));
        waitUntil(field::isFocused);
        assertEquals("", field.getText());
        Screenshots.save(app.stage.getScene(), "03-unlock-wrong-passphrase");

        write("correct horse").type(KeyCode.ENTER);
        await(this, "#mainWindow");
    }

    @Test
    void inUseAndRussianMessages() throws Exception {
        InMemoryVaultService vaults = new InMemoryVaultService();
        Path dir = temp.resolve("vault");
        vaults.create(dir, "correct horse".toCharArray()); // left open: the vault is in use
        app = ShellFixture.start(vaults, dir, Locale.forLanguageTag("ru"));
        click("#passphrase");
        write("correct horse").type(KeyCode.ENTER);
        waitUntil(() -> text(this, "#unlockError").startsWith("Это хранилище открыто в другом окне"));
        Screenshots.save(app.stage.getScene(), "04-unlock-in-use-ru");
    }

    @Test
    void choosingFoldersToCreateOrOpen() throws Exception {
        InMemoryVaultService vaults = new InMemoryVaultService();
        Path elsewhere = temp.resolve("usb").resolve("vault");
        vaults.create(elsewhere, "correct horse".toCharArray()).close();
        app = ShellFixture.start(vaults, temp.resolve("vault"), Locale.ENGLISH);
        await(this, "#welcome");

        app.dialogs.folder = temp.resolve("empty");
        click("#openExisting");
        waitUntil(() -> text(this, "#welcomeError").startsWith("There is no Caravan vault in"));

        app.dialogs.folder = temp.resolve("new-place");
        click("#createElsewhere");
        await(this, "#createVault");
        assertEquals(temp.resolve("new-place").toString(), text(this, "#vaultDirectory"));
        click("#back");
        await(this, "#welcome");

        app.dialogs.folder = elsewhere;
        click("#openExisting");
        await(this, "#unlock");
        assertEquals(elsewhere.toString(), text(this, "#vaultDirectory"));
        click("#otherVault");
        await(this, "#welcome");
    }
}
