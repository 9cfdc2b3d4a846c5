package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan search} and {@code caravan bench search}, in-process on real (cheap-KDF) vaults. */
class SearchCliTest {
    static final String TRANSCRIPT = "Я уехал 24 сентября. Работаю удалённо на компанию в Берлине.";

    @TempDir
    Path temp;
    Path vault;
    Path passphraseFile;

    @BeforeEach
    void importSample() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
        vault = temp.resolve("v");
        assertEquals(0, inVault("init").exit());
        CliRun imported = inVault("import", CliTest.sample().toString());
        assertEquals(0, imported.exit(), imported.err());
    }

    CliRun inVault(String... args) {
        return CliRun.inVault(vault, passphraseFile, args);
    }

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void humanOutputIsOneBlockPerInterviewWithTheMatchMarked() {
        CliRun found = inVault("search", "берлин*");

        assertEquals(0, found.exit(), found.err());
        String[] lines = found.out().split("\n");
        assertTrue(lines[0].startsWith("2022-10-17  Timur  3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40"), found.out());
        assertTrue(lines[1].contains("transcript @" + TRANSCRIPT.indexOf("Берлине")), found.out());
        assertTrue(lines[1].contains("в [[Берлине]]."), found.out());
        assertTrue(found.out().strip().endsWith("1 interview"), found.out());
    }

    @Test
    void jsonIsOneObjectPerInterviewWithExactOffsets() throws Exception {
        CliRun found = inVault("search", "--json", "BERLINE");

        assertEquals(0, found.exit(), found.err());
        String[] lines = found.out().strip().split("\n");
        assertEquals(1, lines.length, found.out());
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        assertEquals("Timur", hit.get("pseudonym").asText());
        JsonNode match = hit.at("/matches/0");
        assertEquals("transcript", match.get("source").asText());
        assertEquals("Берлине", TRANSCRIPT.substring(match.get("start").asInt(), match.get("end").asInt()));
        JsonNode highlight = match.at("/highlights/0");
        assertEquals("Берлине", match.get("snippet").asText().substring(highlight.get(0).asInt(), highlight.get(1).asInt()));
    }

    @Test
    void notesPhrasesAndNoMatch() {
        CliRun note = inVault("search", "\"сосед рядом\"");
        assertTrue(note.out().contains("note 1: Говорит тихо, [[сосед рядом]]"), note.out());

        CliRun none = inVault("search", "Tbilisi");
        assertEquals(0, none.exit());
        assertEquals("0 interviews\n", none.out());
    }

    @Test
    void aBadQueryIsOneLineAndExitOne() {
        CliRun bad = inVault("search", "\"unclosed");

        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("caravan: The search query has a quote at position 1"), bad.err());
        assertEquals(1, bad.err().strip().split("\n").length);
    }

    @Test
    void benchSearchPrintsTheFigures() {
        CliRun bench = run("bench", "search", "--interviews", "120", "--queries", "1", "--seed", "5");

        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("120 synthetic interviews (seed 5)"), bench.out());
        assertTrue(bench.out().contains("search overall: p50"), bench.out());
        assertTrue(bench.err().contains("built 120 of 120"), bench.err());
        assertEquals(2, run("bench", "search", "--interviews", "many").exit());
    }
}
