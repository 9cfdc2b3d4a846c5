package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan export-anonymized} and {@code caravan bench export}, in-process on a real (cheap-KDF) vault. */
class ExportAnonymizedCliTest {
    @TempDir
    Path temp;
    Path vault;
    Path passphraseFile;

    @BeforeEach
    void importSix() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
        vault = temp.resolve("v");
        assertEquals(0, CliRun.inVault(vault, passphraseFile, "init").exit());
        StringBuilder json = new StringBuilder("{\"format\": \"caravan-interviews\", \"version\": 1, \"interviews\": [");
        for (int n = 0; n < 6; n++) {
            boolean shares = n != 5;
            boolean quotes = n != 4;
            json.append(n == 0 ? "" : ",").append("""
                    {"pseudonym": "P%d", "interviewedAt": "2022-10-17T15:30:00+05:00", "language": "ru",
                     "currentCity": "Tashkent", "originCity": "Moscow", "profession": "software developer",
                     "ageBand": "30-39", "gender": "man", "departure": {"date": "2022-09-24", "wave": "mobilization-2022"},
                     "consent": {"participation": true, "verbatimQuotes": %s, "shareAnonymizedForResearch": %s,
                                 "method": "verbal"},
                     "identity": {"realName": "Николай Смирнов", "contact": "nikolai.smirnov@mail.ru", "mentionedPeople": []},
                     "transcript": "Меня зовут Николай, пишите nikolai.smirnov@mail.ru. Мы уехали в сентябре.",
                     "segments": [{"start": 0, "end": 20, "themes": ["mobilization"], "memo": "Николай"}]}
                    """.formatted(n, quotes, shares));
        }
        json.append("]}");
        Path file = Files.writeString(temp.resolve("six.json"), json);
        CliRun imported = CliRun.inVault(vault, passphraseFile, "import", file.toString());
        assertEquals(0, imported.exit(), imported.err());
    }

    CliRun inVault(String... args) {
        return CliRun.inVault(vault, passphraseFile, args);
    }

    @Test
    void writesTheDatasetAndReportsWhatItDid() throws Exception {
        Path out = temp.resolve("dataset");
        CliRun run = inVault("export-anonymized", "--out", out.toString(), "--k", "2", "--qi", "city,profession");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals("wrote " + out.toAbsolutePath() + ": 5 participants (1 without text), 0 suppressed for k = 2",
                lines.get(0), run.out());
        assertEquals("left out by consent: no research-sharing consent 1", lines.get(1));
        assertTrue(lines.get(2).startsWith("generalized: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("text replaced: ") && lines.get(3).contains("PERSON")
                && lines.get(3).contains("EMAIL"), lines.get(3));
        assertTrue(lines.get(4).startsWith("re-identification risk (prosecutor): highest 0.200, average 0.200"),
                lines.get(4));
        assertTrue(run.err().contains("reading 0 of 6"), run.err());
        assertEquals(List.of("DATACARD.md", "codebook.json", "codebook.md", "interviews.csv", "interviews.jsonl",
                "project.qdpx", "segments.csv"), Fixtures.filesUnder(out).stream()
                .map(p -> p.getFileName().toString()).sorted().toList());
        for (Path file : Fixtures.filesUnder(out)) {
            String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("nikolai.smirnov"), file + " leaks the e-mail");
        }
        assertFalse(Files.readString(out.resolve("segments.csv")).contains("Николай"));
        assertFalse(run.out().contains("Николай") || run.err().contains("Николай"), "no name on the console");
    }

    @Test
    void sealsOnlyFormatsAskedFor() throws Exception {
        try (AgeIdentity desk = AgeIdentity.generate()) {
            Path out = temp.resolve("sealed");
            CliRun run = inVault("export-anonymized", "--out", out.toString(), "--k", "2", "--formats", "CSV",
                    "--seal-to", desk.recipient().value(), "--stable-ids");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().startsWith("sealed " + temp.resolve("sealed.zip.age").toAbsolutePath() + ": "),
                    run.out());
            assertFalse(Files.exists(out));
            assertTrue(Files.size(temp.resolve("sealed.zip.age")) > 0);
        }
    }

    @Test
    void badRequestsExitNonZeroWithTheReasonAndWriteNothing() throws Exception {
        Path out = temp.resolve("dataset");
        CliRun k1 = inVault("export-anonymized", "--out", out.toString(), "--k", "1");
        assertEquals(1, k1.exit(), k1.out());
        assertTrue(k1.err().contains("k must be 2 or more"), k1.err());

        CliRun format = inVault("export-anonymized", "--out", out.toString(), "--formats", "csv,pdf");
        assertTrue(format.exit() != 0);
        assertTrue(format.err().contains("Unknown format \"pdf\""), format.err());

        CliRun nobody = inVault("export-anonymized", "--out", out.toString(), "--k", "50");
        assertTrue(nobody.exit() != 0);
        assertTrue(nobody.err().contains("Nobody to export"), nobody.err());

        CliRun noOut = inVault("export-anonymized", "--k", "2");
        assertEquals(2, noOut.exit(), "a usage error");
        assertTrue(noOut.err().contains("--out"), noOut.err());
        CliRun notANumber = inVault("export-anonymized", "--out", out.toString(), "--k", "two");
        assertEquals(2, notANumber.exit());
        assertFalse(Files.exists(out), "nothing was written");
        assertEquals(List.of(), Fixtures.filesUnder(temp).stream().filter(p -> p.toString().contains("dataset"))
                .toList());
    }

    @Test
    void benchExportPrintsTheFigures() {
        CliRun bench = CliRun.run("bench", "export", "--interviews", "12", "--seed", "3", "--no-warm-up");

        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("12 synthetic interviews (seed 3), "), bench.out());
        assertTrue(bench.out().contains("plain CSV dump"), bench.out());
        assertTrue(bench.out().contains("export/plain dump: "), bench.out());
        assertTrue(bench.out().contains("export: "), bench.out());
        assertTrue(bench.err().contains("built 12 of 12"), bench.err());
        assertFalse(bench.err().contains("warm-up"), bench.err());
        assertEquals(2, CliRun.run("bench", "export", "--interviews", "many").exit());
    }
}
