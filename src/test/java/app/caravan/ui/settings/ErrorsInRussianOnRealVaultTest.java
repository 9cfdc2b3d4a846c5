package app.caravan.ui.settings;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.AppPreferences.Language;
import app.caravan.app.LocalVaultService;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultSession;
import app.caravan.ui.common.I18n;
import app.caravan.ui.support.RealVaultUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After switching the UI to Russian in Settings, errors raised below the UI (a refused bundle, a
 * mistyped recipient key, an unsafe WebDAV address, a wrong passphrase) are shown in Russian and
 * still name what they are about.
 */
class ErrorsInRussianOnRealVaultTest extends RealVaultUiTest {
    private static final I18n RU = new I18n(Locale.forLanguageTag("ru"));
    /** Three Latin words in a row: an English sentence, which a Russian message must not contain. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b");
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]{3,}");

    @TempDir
    Path temp;

    @Test
    void errorsFromTheVaultAndTheExchangeAreShownInRussian() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path vault = temp.resolve("vault");
        String ownRecipient;
        try (VaultSession session = vaults.create(vault, Fixtures.passphrase())) {
            ownRecipient = session.keys().device().recipient();
        }
        PreferencesFile preferences = new PreferencesFile(temp.resolve("config"));
        unlock(vaults, vault, Locale.ENGLISH, preferences);
        click("#nav-settings");
        await(this, "#settings");
        ComboBox<Language> language = reveal("#language");
        interact(() -> language.setValue(Language.RUSSIAN));
        waitUntil(() -> RU.get("nav.interviews").equals(textOf("#nav-interviews")));

        // A file that is no bundle at all: refused, naming the file and the key it was not sealed for.
        Path broken = Files.write(temp.resolve("broken.age"), "not a bundle\n".getBytes(StandardCharsets.UTF_8));
        click("#nav-sync");
        await(this, "#importBundle");
        app.dialogs.openFile = broken;
        click("#importBundle");
        String running = RU.format("sync.import.running", "broken.age");
        waitUntil(() -> textOf("#importStatus").contains("broken.age") && !running.equals(textOf("#importStatus")));
        String refused = textOf("#importStatus");
        assertTrue(refused.contains(ownRecipient), refused);
        assertRussian(refused);
        assertTrue(refused.contains("broken.age"), refused);

        // A recipient key cut short: the reason names the key as typed.
        setText("#recipientKey", "age1qqqqqqqq");
        click("#addRecipient");
        waitUntil(() -> fieldErrors().contains("age1qqqqqqqq"));
        assertRussian(fieldErrors());
        assertTrue(fieldErrors().contains("12"), "says how long it was: " + fieldErrors());

        // Plain http to another machine would send the password in the clear.
        setText("#webdavUrl", "http://dav.example.org/caravan");
        setText("#webdavUser", "desk");
        setText("#webdavPassword", "not sent anywhere");
        click("#addWebDavTarget");
        waitUntil(() -> fieldErrors().contains("https://"));
        String webdav = fieldErrors().substring(fieldErrors().indexOf("http://dav.example.org/caravan"));
        assertRussian(webdav);

        click("#nav-settings");
        setText("#currentPassphrase", "this is not the passphrase");
        setText("#newPassphrase", "four long words for the new one");
        setText("#repeatPassphrase", "four long words for the new one");
        click(reveal("#changePassphrase"));
        waitUntil(() -> !textOf("#passphraseMessage").isEmpty());
        assertEquals(RU.get("settings.passphrase.wrongCurrent"), textOf("#passphraseMessage"));
        assertRussian(textOf("#passphraseMessage"));
    }

    private static void assertRussian(String text) {
        assertTrue(CYRILLIC.matcher(text).find(), "Russian: " + text);
        assertFalse(ENGLISH.matcher(text).find(), "no English sentence: " + text);
    }

    private void setText(String query, String text) {
        TextInputControl field = reveal(query);
        interact(() -> field.setText(text));
    }

    private String fieldErrors() {
        return fx(() -> lookup(".field-error").queryAll().stream().filter(n -> n instanceof Labeled && n.isVisible())
                .map(n -> ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b));
    }
}
