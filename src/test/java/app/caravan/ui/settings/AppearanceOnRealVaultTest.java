package app.caravan.ui.settings;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.AppPreferences;
import app.caravan.app.AppPreferences.Language;
import app.caravan.app.AppPreferences.Look;
import app.caravan.app.LocalVaultService;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultSession;
import app.caravan.ui.common.I18n;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language, theme and neutral title from the Settings page of a real vault, with the
 * preferences in a temporary folder: what is chosen shows at once and is there after a restart.
 */
class AppearanceOnRealVaultTest extends RealVaultUiTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final I18n RU = new I18n(Locale.forLanguageTag("ru"));

    @TempDir
    Path temp;
    private LocalVaultService vaults;
    private Path vault;
    private PreferencesFile preferences;

    @BeforeEach
    void vaultWithAnInterview() throws Exception {
        vaults = Fixtures.fastVaults();
        vault = temp.resolve("vault");
        preferences = new PreferencesFile(temp.resolve("config"));
        try (VaultSession session = vaults.create(vault, Fixtures.passphrase())) {
            Fixtures.consentedInterview(session);
        }
    }

    @AfterEach
    void lightAgainForTheNextTests() {
        // The theme belongs to the whole JavaFX runtime, which the next test class shares.
        interact(() -> CaravanShell.applyTheme(Look.LIGHT));
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowInRussianAndBack() throws Exception {
        unlock(vaults, vault, Locale.ENGLISH, preferences);
        javafx.scene.control.TableView<?> table = await(this, "#interviews");
        waitUntil(() -> slowFx(() -> table.getItems().size()) == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> "Timur".equals(textOf("#editorTitle")));
        // An edit still pending when the language changes is stored, not dropped with the old window.
        typeInto("#pseudonym", "Rustam");
        click("#nav-settings");
        await(this, "#settings");
        assertEquals(EN.get("nav.interviews"), textOf("#nav-interviews"));
        assertEquals(EN.get("settings.title"), textOf("#settings .title-2"));

        choose(Language.RUSSIAN);
        waitUntil(() -> RU.get("nav.interviews").equals(textOf("#nav-interviews")));
        assertEquals(RU.get("nav.settings"), textOf("#nav-settings"));
        assertEquals(RU.get("settings.title"), textOf("#settings .title-2"), "still on the Settings page");
        assertEquals(RU.get("appearance.title"), textOf("#appearanceSection .section-title"),
                "the section itself is rebuilt in Russian");
        assertEquals(Language.RUSSIAN, slowFx(() -> ((ComboBox<?>) lookup("#language").query()).getValue()));
        waitUntil(() -> preferences.load().language() == Language.RUSSIAN);

        click("#nav-interviews");
        waitUntil(() -> lookup("#interviews .table-cell").match(node -> node instanceof javafx.scene.control.Labeled
                label && "Rustam".equals(label.getText())).tryQuery().isPresent());
        click("#nav-settings");

        choose(Language.ENGLISH);
        waitUntil(() -> EN.get("nav.interviews").equals(textOf("#nav-interviews")));
        assertEquals(EN.get("settings.title"), textOf("#settings .title-2"));
        waitUntil(() -> preferences.load().language() == Language.ENGLISH);
    }

    @Test
    void theLanguageCanBeChosenBeforeUnlockingAndStaysForTheMainWindow() throws Exception {
        app = ShellFixture.start(vaults, vault, Locale.ENGLISH, preferences);
        await(this, "#passphrase");
        assertEquals(EN.get("unlock.title"), textOf("#unlock .title-2"));
        click("#unlockLanguage");
        click("#unlockLanguage-ru");
        waitUntil(() -> RU.get("unlock.title").equals(textOf("#unlock .title-2")));
        assertEquals(RU.get("appearance.language.ru"), textOf("#unlockLanguage"));
        Screenshots.save(app.stage.getScene(), "unlock-in-russian");

        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        await(this, "#mainWindow");
        assertEquals(RU.get("nav.interviews"), textOf("#nav-interviews"));
        waitUntil(() -> preferences.load().language() == Language.RUSSIAN);
    }

    @Test
    void theDarkThemeAppliesAtOnceAndIsThereAfterARestart() throws Exception {
        unlock(vaults, vault, Locale.ENGLISH, preferences);
        String light = new PrimerLight().getUserAgentStylesheet();
        String dark = new PrimerDark().getUserAgentStylesheet();
        assertEquals(light, slowFx(Application::getUserAgentStylesheet));
        click("#nav-settings");
        click(reveal("#themeDark"));
        assertEquals(dark, slowFx(Application::getUserAgentStylesheet));
        waitUntil(() -> preferences.load().look() == Look.DARK);

        app.dispose();
        interact(() -> CaravanShell.applyTheme(Look.LIGHT));
        unlock(vaults, vault, Locale.ENGLISH, preferences);
        assertEquals(dark, slowFx(Application::getUserAgentStylesheet), "remembered across a restart");
        click("#nav-settings");
        assertTrue(slowFx(() -> lookup("#themeDark").queryAs(RadioButton.class).isSelected()));
    }

    @Test
    void theNeutralTitleShowsOnTheStageFromTheUnlockScreenOn() throws Exception {
        unlock(vaults, vault, Locale.ENGLISH, preferences);
        assertEquals("Caravan", slowFx(app.stage::getTitle));
        click("#nav-settings");
        click(reveal("#neutralTitle"));
        assertEquals(AppPreferences.DEFAULT_NEUTRAL_NAME, slowFx(app.stage::getTitle));
        typeInto("#neutralTitleText", "Budget 2023\n");
        assertEquals("Budget 2023", slowFx(app.stage::getTitle));
        waitUntil(() -> "Budget 2023".equals(preferences.load().neutralName()) && preferences.load().neutralTitle());

        app.dispose();
        app = ShellFixture.start(vaults, vault, Locale.ENGLISH, preferences);
        await(this, "#passphrase");
        assertEquals("Budget 2023", slowFx(app.stage::getTitle), "neutral before anything is unlocked");
    }

    /** Reads on the FX thread, patient with a busy machine (restyling a whole window takes a while). */
    private <T> T slowFx(java.util.concurrent.Callable<T> read) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(30_000, read);
    }

    private void choose(Language language) {
        ComboBox<Language> combo = reveal("#language");
        interact(() -> combo.setValue(language));
    }
}
