package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI contract of DESIGN.md, run in-process on real (cheap-KDF) vaults. */
class CliTest {
    @TempDir
    Path temp;
    Path passphraseFile;
    final List<Path> desktopStarts = new ArrayList<>();

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void writePassphrase() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
    }

    Run run(Map<String, String> environment, String... args) {
        CaravanCommand command = new CaravanCommand(Fixtures.fastVaults(), desktopStarts::add);
        command.passphrases = new PassphraseSource(environment::get, null);
        CommandLine cli = CaravanCommand.commandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run run(String... args) {
        return run(Map.of(), args);
    }

    Run inVault(Path vault, String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--passphrase-file", passphraseFile.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    static Path sample() throws URISyntaxException {
        return Path.of(CliTest.class.getResource("/interchange/sample.json").toURI());
    }

    @Test
    void helpListsTheCommandsAndStartsNoDesktop() {
        Run help = run("--help");
        assertEquals(0, help.exit);
        for (String command : List.of("init", "import", "export-json", "list", "--vault", "--passphrase-file")) {
            assertTrue(help.out.contains(command), "help mentions " + command + ":\n" + help.out);
        }
        assertTrue(desktopStarts.isEmpty());
    }

    @Test
    void withoutACommandTheDesktopAppStartsOnTheChosenVault() {
        assertEquals(0, run("--vault", temp.resolve("v").toString()).exit);
        assertEquals(List.of(temp.resolve("v")), desktopStarts);
    }

    @Test
    void importExportImportIsLossless() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, inVault(first, "init", "--user", "desk").exit);

        Run imported = inVault(first, "import", sample().toString());
        assertEquals(0, imported.exit, imported.err);
        assertEquals("imported 2\n", imported.out.replace("\r", ""));
        assertTrue(imported.err.contains("Novosibirsk"), imported.err);

        Path exportA = temp.resolve("a.json");
        assertEquals(0, inVault(first, "export-json", exportA.toString()).exit);
        assertEquals(0, inVault(second, "init").exit);
        assertEquals(0, inVault(second, "import", exportA.toString()).exit);
        Path exportB = temp.resolve("b.json");
        assertEquals(0, inVault(second, "export-json", exportB.toString()).exit);

        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(exportA.toFile());
        JsonNode b = json.readTree(exportB.toFile());
        assertEquals(a, b);
        assertEquals("Тимур Р.", a.at("/interviews/0/identity/realName").asText(a.toPrettyString()));
        assertEquals(Files.readString(exportA), Files.readString(exportB));
    }

    @Test
    void listShowsOneLinePerInterviewAndNeverIdentity() throws Exception {
        Path vault = temp.resolve("v");
        inVault(vault, "init");
        inVault(vault, "import", sample().toString());

        Run list = inVault(vault, "list");
        assertEquals(0, list.exit, list.err);
        String[] lines = list.out.strip().split("\\R");
        assertEquals(2, lines.length, list.out);
        assertTrue(lines[0].contains("Aigerim") && lines[1].contains("Timur"), "newest first:\n" + list.out);
        assertTrue(lines[1].contains("\tP-QUR-\t"), "consent flags of Timur:\n" + list.out);

        Run jsonList = inVault(vault, "list", "--json");
        for (String line : jsonList.out.strip().split("\\R")) {
            JsonNode node = new ObjectMapper().readTree(line);
            assertTrue(node.has("pseudonym"));
        }
        for (String output : List.of(list.out, jsonList.out)) {
            assertFalse(output.contains("Тимур Р."), "real name listed");
            assertFalse(output.contains("@timur_example"), "contact listed");
        }
    }

    @Test
    void invalidInputImportsNothingAndSaysWhereInOneLine() throws Exception {
        Path vault = temp.resolve("v");
        inVault(vault, "init");
        String broken = Files.readString(sample()).replace("\"end\": 20", "\"end\": 2000");
        Path file = temp.resolve("broken.json");
        Files.writeString(file, broken);

        Run result = inVault(vault, "import", file.toString());

        assertEquals(1, result.exit);
        assertEquals(1, result.err.strip().lines().count(), result.err);
        assertTrue(result.err.contains("interviews[0].segments[0].end"), result.err);
        assertEquals("", inVault(vault, "list").out);
    }

    @Test
    void importingTheSameInterviewsTwiceIsRefusedWhole() throws Exception {
        Path vault = temp.resolve("v");
        inVault(vault, "init");
        assertEquals(0, inVault(vault, "import", sample().toString()).exit);

        Run again = inVault(vault, "import", sample().toString());

        assertEquals(1, again.exit);
        assertTrue(again.err.contains("interviews[0].id") && again.err.contains("already"), again.err);
        assertEquals(2, inVault(vault, "list").out.strip().lines().count());
    }

    @Test
    void passphraseComesFromTheEnvironmentOrAFileAndErrorsAreOneLine() {
        Path vault = temp.resolve("v");
        Map<String, String> env = Map.of("CARAVAN_PASSPHRASE", Fixtures.PASSPHRASE);
        assertEquals(0, run(env, "--vault", vault.toString(), "init").exit);
        assertEquals(0, run(env, "--vault", vault.toString(), "list").exit);

        Run none = run("--vault", vault.toString(), "list");
        assertEquals(1, none.exit);
        assertTrue(none.err.startsWith("caravan: No passphrase"), none.err);

        Run wrong = run(Map.of("CARAVAN_PASSPHRASE", "not the passphrase"), "--vault", vault.toString(), "list");
        assertEquals(1, wrong.exit);
        assertEquals("caravan: Wrong passphrase", wrong.err.strip());

        Run shortOne = run(Map.of("CARAVAN_PASSPHRASE", "short"), "--vault", temp.resolve("w").toString(), "init");
        assertEquals(1, shortOne.exit);
        assertTrue(shortOne.err.contains("at least 8"), shortOne.err);

        Run missing = inVault(vault, "import", temp.resolve("nope.json").toString());
        assertEquals(1, missing.exit);
        assertTrue(missing.err.contains("nope.json") && missing.err.contains("no such file"), missing.err);
    }
}
