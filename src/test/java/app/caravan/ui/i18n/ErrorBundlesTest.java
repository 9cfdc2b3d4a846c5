package app.caravan.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Problem;
import app.caravan.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The texts of the layers below the UI ({@code errors*.properties}, keyed by domain.Problem):
 * both languages have every key the code uses, with the placeholders its arguments fill.
 */
class ErrorBundlesTest {
    private static final Path SOURCES = Path.of("src/main/java/app/caravan");
    /**
     * Where a key is given: Problem.of("key", args…) or, in the crypto layer,
     * new AgeException("key", english, cause, args…).
     */
    private static final Pattern KEYED = Pattern.compile(
            "(Problem\\.of|new AgeException)\\(\\s*\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    /** Values that read the same in Russian: pure formats of their arguments. */
    private static final Set<String> SAME_IN_BOTH = Set.of("delivery.http", "interchange.at", "interchange.file");

    @Test
    void bothLanguagesHaveTheSameKeysTranslatedWithTheSamePlaceholders() throws IOException {
        Properties en = load("errors.properties");
        Properties ru = load("errors_ru.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ru.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String english = en.getProperty(key);
            String russian = ru.getProperty(key);
            if (english.isBlank() || russian.isBlank()) {
                problems.add(key + ": empty");
            }
            if (!placeholders(english).equals(placeholders(russian))) {
                problems.add(key + ": English " + placeholders(english) + ", Russian " + placeholders(russian));
            }
            if (!SAME_IN_BOTH.contains(key) && (english.equals(russian) || !russian.matches("(?s).*[А-Яа-я].*"))) {
                problems.add(key + ": not translated");
            }
            for (String value : List.of(english, russian)) {
                if (value.replace("''", "").contains("'")) {
                    problems.add(key + ": a single apostrophe, which MessageFormat drops; write it twice");
                }
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage() + " in " + value);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyTheCodeUsesExistsWithOnePlaceholderPerArgument() throws IOException {
        Properties en = load("errors.properties");
        TreeMap<String, Integer> used = usedKeys();
        assertTrue(used.size() > 100, "the scan finds the keyed messages: " + used.size());
        List<String> problems = new ArrayList<>();
        used.forEach((key, arity) -> {
            String english = en.getProperty(key);
            if (english == null) {
                problems.add(key + ": missing");
                return;
            }
            Set<Integer> wanted = new TreeSet<>();
            for (int i = 0; i < arity; i++) {
                wanted.add(i);
            }
            Set<Integer> found = new TreeSet<>();
            placeholders(english).forEach(p -> found.add(Integer.parseInt(p)));
            if (!wanted.equals(found)) {
                problems.add(key + ": " + arity + " arguments, placeholders " + found);
            }
        });
        Set<String> unused = new TreeSet<>(en.stringPropertyNames());
        unused.removeAll(used.keySet());
        assertEquals(List.of(), problems);
        assertEquals(Set.of(), unused, "texts no code uses");
    }

    @Test
    void theUiSaysAProblemInItsLanguageAndFallsBackToTheMessage() {
        Problem nested = Problem.of("recipients.file.line", Path.of("desk.txt"), 3,
                Problem.of("age.recipient.prefix", "xyz"));
        Exception keyed = new app.caravan.app.InvalidInputException(nested);
        assertEquals("desk.txt, line 3: The age recipient 'xyz' does not start with age1", keyed.getMessage());
        assertEquals("desk.txt, строка 3: Ключ получателя age «xyz» не начинается с age1",
                new I18n(Locale.forLanguageTag("ru")).problem(keyed));
        assertEquals(keyed.getMessage(), new I18n(Locale.ENGLISH).problem(keyed));
        assertEquals("no key here",
                new I18n(Locale.forLanguageTag("ru")).problem(new IllegalStateException("no key here")));
        assertEquals("desk.txt, строка 3: Ключ получателя age «xyz» не начинается с age1",
                new I18n(Locale.forLanguageTag("ru")).problem(new java.io.UncheckedIOException(
                        new app.caravan.app.LocalizedIOException(nested))), "a bare wrapper shows its cause");
        assertFalse(Problem.of("no.such.key", 7).english().isBlank(), "an unknown key still shows its arguments");
    }

    @Test
    void theCryptoLayersEnglishIsTheTextOfItsKey() {
        for (String key : List.of("", "AGE-SECRET-KEY-1QQQQ", "age2xyz", "age1xyz",
                "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq")) {
            try {
                app.caravan.crypto.AgeRecipient.parse(key);
            } catch (app.caravan.crypto.AgeException e) {
                assertTrue(e.key() != null, e.getMessage());
                assertEquals(e.getMessage(), new Problem(e.key(), e.args()).english());
                continue;
            }
            throw new AssertionError("accepted " + key);
        }
    }

    /** Each key with the number of arguments given where it is used. */
    private static TreeMap<String, Integer> usedKeys() throws IOException {
        TreeMap<String, Integer> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = KEYED.matcher(source);
                while (m.find()) {
                    List<String> args = arguments(source, source.indexOf('(', m.start()));
                    // AgeException(key, english message, cause, args...)
                    int arity = m.group(1).equals("Problem.of") ? args.size() - 1 : args.size() - 3;
                    Integer before = used.put(m.group(2), arity);
                    if (before != null && before != arity) {
                        throw new AssertionError(m.group(2) + " is given " + before + " and " + arity + " arguments");
                    }
                }
            }
        }
        return used;
    }

    /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
    private static List<String> arguments(String source, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = open + 1;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    args.add(source.substring(start, i).strip());
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(source.substring(start, i).strip());
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static Set<String> placeholders(String value) {
        Set<String> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
        while (m.find()) {
            indexes.add(m.group(1));
        }
        return indexes;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorBundlesTest.class.getResourceAsStream("/app/caravan/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
