package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's result lines speak the language of its help: Russian, or English for the rest. */
class CliOutputLanguageTest {
    @TempDir
    Path temp;

    @Test
    void resultLinesAreRussianOrEnglishWithTheSameFacts() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path passphrase = CliRun.passphraseFile(temp);
        Path ru = temp.resolve("ru");
        Path en = temp.resolve("en");

        assertEquals("создано хранилище " + ru + "\n", out(vaults, "ru", "--vault", ru.toString(),
                "--passphrase-file", passphrase.toString(), "init"));
        assertEquals("created vault " + en + "\n", out(vaults, "en", "--vault", en.toString(),
                "--passphrase-file", passphrase.toString(), "init"));
        assertEquals("нечего доставлять\n", out(vaults, "ru", "--vault", ru.toString(),
                "--passphrase-file", passphrase.toString(), "sync"));
        assertEquals("nothing to deliver\n", out(vaults, "uz", "--vault", en.toString(),
                "--passphrase-file", passphrase.toString(), "sync"), "untranslated languages stay English");
        assertEquals("журнал аудита цел: записей 0\n", out(vaults, "ru", "--vault", ru.toString(),
                "--passphrase-file", passphrase.toString(), "audit", "verify"));
    }

    /** Every sentence has both languages, and every key the commands use is there. */
    @Test
    void bothFilesHaveEverySentenceTheCommandsUse() throws IOException {
        Properties english = load("output.properties");
        Properties russian = load("output_ru.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(russian.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("(?:say|line)\\(\\s*\"([a-zA-Z.]+)\"");
        Pattern choice = Pattern.compile("\\? \"([a-zA-Z]+\\.[a-zA-Z.]+)\" : \"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/app/caravan/cli"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                for (Matcher m = call.matcher(source); m.find(); ) {
                    used.add(m.group(1));
                }
                for (Matcher m = choice.matcher(source); m.find(); ) {
                    used.add(m.group(1));
                    used.add(m.group(2));
                }
            }
        }
        assertTrue(used.size() > 40, "the scan finds the commands' sentences: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used but not in output.properties");
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "sentences nothing says");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Say.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String out(LocalVaultService vaults, String language, String... args) {
        CommandLine cli = CaravanCommand.commandLine(vaults, dir -> {
            throw new AssertionError("no command may start the desktop");
        }, Locale.forLanguageTag(language));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args), err.toString());
        return out.toString().replace("\r", "");
    }
}
