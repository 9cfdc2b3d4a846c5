package app.caravan.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.AgeBand;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Gender;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import app.caravan.ui.common.PassphraseStrength;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every string with the same placeholders, Russian is really translated,
 * and every key the code asks for exists. The command line's help: see CliHelpLanguageTest.
 */
class MessageBundlesTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/app/caravan/ui");
    /** Literal keys passed to i18n.get / i18n.format / i18n.label in the UI code. */
    private static final Pattern KEY_USE = Pattern.compile("\\b(?:get|format)\\(\"([a-z][\\w-]*(?:\\.[\\w+-]+)+)\"");

    @Test
    void englishAndRussianHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()));
        for (Properties bundle : List.of(en, ru)) {
            for (String key : bundle.stringPropertyNames()) {
                assertTrue(!bundle.getProperty(key).isBlank(), "empty value for " + key);
            }
        }
    }

    /** Values that are the same in Russian: proper names, language names, pure formats. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "appearance.language.en",
            "appearance.language.ru", "review.queue.tab", "review.comment.byline", "review.history.line",
            "sync.targets.kind.webdav");

    @Test
    void russianIsReallyTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        List<String> same = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(ru.getProperty(key)) && !SAME_IN_BOTH.contains(key)
                    && !key.startsWith("ageBand.")) {
                same.add(key);
            }
        }
        assertEquals(List.of(), same, "untranslated (or add a proper name to SAME_IN_BOTH)");
        assertTrue(ru.getProperty("unlock.title").matches(".*[А-Яа-я].*"), "read as UTF-8");
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndParseAsMessageFormats() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            Set<String> wanted = placeholders(en.getProperty(key));
            Set<String> found = placeholders(ru.getProperty(key, ""));
            if (!wanted.equals(found)) {
                problems.add(key + ": English " + wanted + ", Russian " + found);
            }
            for (Properties bundle : List.of(en, ru)) {
                String value = bundle.getProperty(key, "");
                if (value.contains("{")) {
                    try {
                        new java.text.MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(key + ": " + e.getMessage() + " in " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> placeholders(String value) {
        Set<String> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
        while (m.find()) {
            indexes.add(m.group(1));
        }
        return indexes;
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> wanted = new ArrayList<>();
        Stream.of(Status.values()).forEach(v -> wanted.add("status." + v.key()));
        Stream.of(AgeBand.values()).forEach(v -> wanted.add("ageBand." + v.key()));
        Stream.of(Gender.values()).forEach(v -> wanted.add("gender." + v.key()));
        Stream.of(Wave.values()).forEach(v -> wanted.add("wave." + v.key()));
        Stream.of(ConsentMethod.values()).forEach(v -> wanted.add("consentMethod." + v.key()));
        Stream.of(PassphraseStrength.values()).forEach(v -> wanted.add(v.messageKey()));
        for (String flag : List.of("participation", "audioRecording", "verbatimQuotes", "publishUnderPseudonym",
                "shareAnonymizedForResearch", "recontact")) {
            wanted.add("consent." + flag);
            wanted.add("consent.short." + flag);
        }
        Stream.of(app.caravan.domain.Background.values()).forEach(v -> wanted.add("background." + v.key()));
        Stream.of(app.caravan.domain.Attachment.Kind.values())
                .forEach(v -> wanted.add("attachments.kind." + v.name().toLowerCase(java.util.Locale.ROOT)));
        Stream.of(app.caravan.app.ConsentRequiredException.Use.values())
                .forEach(v -> wanted.add("autosave.consent." + v.name().toLowerCase(java.util.Locale.ROOT)));
        Stream.of(app.caravan.ui.common.Shortcut.values()).filter(app.caravan.ui.common.Shortcut::listed)
                .forEach(v -> wanted.add(v.messageKey()));
        Stream.of(app.caravan.ui.common.Shortcut.Group.values()).forEach(v -> wanted.add(v.messageKey()));
        for (String tab : List.of("consent", "details", "transcript", "attachments")) {
            wanted.add("editor.tab." + tab);
        }
        for (String kind : List.of("realName", "ownRealName", "mentioned", "ownMentioned", "pseudonym")) {
            wanted.add("pseudonym.collision." + kind);
        }
        Stream.of(app.caravan.app.AppPreferences.Language.values())
                .forEach(v -> wanted.add("appearance.language." + v.key()));
        wanted.add("timer.start");
        wanted.add("timer.pause");
        for (String page : List.of("interviews", "codebook", "review", "sync", "export", "settings")) {
            wanted.add("nav." + page);
            wanted.add("nav." + page + ".tooltip");
        }
        wanted.removeAll(keys);
        assertEquals(List.of(), wanted);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/app/caravan/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
