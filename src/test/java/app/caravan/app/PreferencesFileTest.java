package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.AppPreferences.Language;
import app.caravan.app.AppPreferences.Look;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's preferences file, in a temporary folder: never the real user's. */
class PreferencesFileTest {
    @TempDir
    Path temp;

    @Test
    void aMissingFileGivesTheDefaults() {
        PreferencesFile file = new PreferencesFile(temp.resolve("not-yet"));
        assertEquals(AppPreferences.defaults(), file.load());
        assertFalse(Files.exists(file.path()), "reading creates nothing");
    }

    @Test
    void whatIsSavedIsLoadedAgainAndNothingElseIsLeftInTheFolder() throws IOException {
        Path dir = temp.resolve("config").resolve("caravan");
        PreferencesFile file = new PreferencesFile(dir);
        AppPreferences chosen = new AppPreferences(Language.RUSSIAN, Look.DARK, true, "Заметки");
        file.save(chosen);
        assertEquals(chosen, new PreferencesFile(dir).load());

        file.save(chosen.withLook(Look.LIGHT).withLanguage(Language.ENGLISH));
        assertEquals(new AppPreferences(Language.ENGLISH, Look.LIGHT, true, "Заметки"), file.load());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file.path()), files.toList(), "no temporary file stays behind");
        }
        assertTrue(Files.readString(file.path(), StandardCharsets.UTF_8).contains("theme=light"));
    }

    @Test
    void aDamagedValueFallsBackToItsDefaultAndKeepsTheOthers() throws IOException {
        PreferencesFile file = new PreferencesFile(temp);
        Files.writeString(file.path(), "language=klingon\ntheme=dark\nneutralTitle=true\nneutralTitle.text=\n",
                StandardCharsets.UTF_8);
        AppPreferences loaded = file.load();
        assertEquals(Language.SYSTEM, loaded.language());
        assertEquals(Look.DARK, loaded.look());
        assertTrue(loaded.neutralTitle());
        assertEquals(AppPreferences.DEFAULT_NEUTRAL_NAME, loaded.neutralName(), "a blank name is the default one");
    }

    @Test
    void saveSaysWhereItFailed() throws IOException {
        Path blocker = Files.writeString(temp.resolve("plain-file"), "x");
        PreferencesFile file = new PreferencesFile(blocker.resolve("caravan"));
        IOException e = assertThrows(IOException.class, () -> file.save(AppPreferences.defaults()));
        assertTrue(e.getMessage().contains(file.path().toString()), e.getMessage());
    }

    @Test
    void theLanguageFollowsTheSystemOnlyWhenTheAppSpeaksIt() {
        AppPreferences system = AppPreferences.defaults();
        assertEquals("ru", system.locale(Locale.forLanguageTag("ru-RU")).getLanguage());
        assertEquals("en", system.locale(Locale.GERMANY).getLanguage());
        assertEquals("en", system.withLanguage(Language.ENGLISH).locale(Locale.forLanguageTag("ru")).getLanguage());
        assertEquals("ru", system.withLanguage(Language.RUSSIAN).locale(Locale.US).getLanguage());
    }

    @Test
    void theNeutralTitleReplacesTheNameOnlyWhenOnAndStaysATitle() {
        AppPreferences on = AppPreferences.defaults().withNeutralTitle(true, "  Budget\n2023 ");
        assertEquals("Budget 2023", on.title("Caravan"));
        assertEquals("Caravan", on.withNeutralTitle(false, "Budget").title("Caravan"));
        assertEquals(AppPreferences.MAX_NEUTRAL_NAME,
                AppPreferences.defaults().withNeutralTitle(true, "x".repeat(500)).neutralName().length());
    }
}
