package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line's help in Russian: shown when asked for, complete, and without stale keys. */
class CliHelpLanguageTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    /** Keys picocli reads for every command, beyond descriptions. */
    private static final Set<String> GENERAL = Set.of("usage.synopsisHeading", "usage.commandListHeading",
            "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version", "helpCommand.help");

    /** Lines that are only command syntax or file names. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("caravan.recipients description 1",
            "caravan.export-anonymized description 4");

    @Test
    void helpInRussianShowsRussianDescriptions() {
        String help = help(RU, "--help");
        assertTrue(help.contains("Caravan хранит полевые интервью в зашифрованном хранилище."), help);
        assertTrue(help.contains("Использование: caravan"), help);
        assertTrue(help.contains("Команды:"), help);
        assertTrue(help.contains("Создать новое пустое хранилище"), "subcommand summaries too:\n" + help);
        assertTrue(help.contains("Папка хранилища (по умолчанию: "), help);
        assertTrue(help.contains("Показать эту справку и выйти."), help);
        assertFalse(help.contains("keeps field interviews"), help);

        String list = help(RU, "help", "list");
        assertTrue(list.contains("По объекту JSON на строку (JSON Lines)."), list);
        String search = help(RU, "help", "search");
        assertTrue(search.contains("Что искать"), "positional parameters too:\n" + search);
    }

    @Test
    void englishStaysEnglish() {
        String help = help(Locale.ENGLISH, "--help");
        assertTrue(help.contains("Caravan keeps field interviews in an encrypted vault."), help);
        assertTrue(help.contains("Usage: caravan"), help);
    }

    @Test
    void everyEnglishDescriptionHasARussianOne() {
        Map<String, String> english = descriptions(CaravanCommand.commandLine(Fixtures.fastVaults(), dir -> { },
                Locale.ENGLISH));
        Map<String, String> russian = descriptions(CaravanCommand.commandLine(Fixtures.fastVaults(), dir -> { }, RU));
        assertEquals(english.keySet(), russian.keySet());
        List<String> untranslated = new ArrayList<>();
        english.forEach((where, text) -> {
            String ru = russian.get(where);
            if (!text.isBlank() && !SAME_IN_EVERY_LANGUAGE.contains(where) && (ru.equals(text) || !ru.matches("(?s).*[А-Яа-яЁё].*"))) {
                untranslated.add(where + ": " + text);
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void everyRussianKeyBelongsToACommandOrOption() throws IOException {
        Set<String> known = new HashSet<>(GENERAL);
        collectKeys(CaravanCommand.commandLine(Fixtures.fastVaults(), dir -> { }, Locale.ENGLISH), known);
        Properties ru = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/app/caravan/cli/help_ru.properties")) {
            ru.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> stale = ru.stringPropertyNames().stream()
                .filter(key -> !known.contains(key.replaceFirst("\\.\\d+$", "")))
                .sorted().toList();
        assertEquals(List.of(), stale, "keys that match no command, option or parameter");
    }

    private static String help(Locale locale, String... args) {
        CommandLine cli = CaravanCommand.commandLine(Fixtures.fastVaults(), dir -> {
            throw new AssertionError("help must not start the desktop");
        }, locale);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute(args));
        return out.toString();
    }

    /** Every description line of every command, option and parameter, by where it is. */
    private static Map<String, String> descriptions(CommandLine cli) {
        Map<String, String> all = new TreeMap<>();
        CommandSpec spec = cli.getCommandSpec();
        String name = spec.qualifiedName(".");
        String[] lines = spec.usageMessage().description();
        for (int i = 0; i < lines.length; i++) {
            all.put(name + " description " + i, lines[i]);
        }
        String[] footer = spec.usageMessage().footer();
        for (int i = 0; i < footer.length; i++) {
            all.put(name + " footer " + i, footer[i]);
        }
        for (ArgSpec arg : spec.args()) {
            String label = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            all.put(name + " " + label, String.join(" ", arg.description()));
        }
        cli.getSubcommands().values().forEach(sub -> all.putAll(descriptions(sub)));
        return all;
    }

    private static void collectKeys(CommandLine cli, Set<String> keys) {
        CommandSpec spec = cli.getCommandSpec();
        String prefix = spec.qualifiedName(".") + ".";
        keys.add(prefix + "usage.description");
        keys.add(prefix + "usage.footer");
        for (OptionSpec option : spec.options()) {
            String key = option.descriptionKey() == null || option.descriptionKey().isEmpty()
                    ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
            keys.add(key);
            keys.add(prefix + key);
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            String key = parameter.paramLabel() + "[" + parameter.index() + "]";
            keys.add(key);
            keys.add(prefix + key);
        }
        cli.getSubcommands().values().forEach(sub -> collectKeys(sub, keys));
    }
}
