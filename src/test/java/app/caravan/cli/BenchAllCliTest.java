package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan bench all} on 50 interviews without the display rows: one vault, every other
 * figure (unlock and memory from a real child JVM), the table on stdout and as Markdown.
 */
class BenchAllCliTest {
    @TempDir
    Path temp;

    @Test
    void aTinyRunPrintsEveryRowAndWritesMarkdown() throws Exception {
        Path md = temp.resolve("report.md");
        CliRun bench = CliRun.run("bench", "all", "--interviews", "50", "--seed", "3", "--no-warm-up", "--skip-ui",
                "--queries", "2", "--out", md.toString());

        assertEquals(0, bench.exit(), bench.err());
        String out = bench.out();
        assertTrue(out.contains("caravan bench all --interviews 50 --seed 3: 50 synthetic interviews"), out);
        assertTrue(out.contains("machine: "), out);
        for (String row : new String[] {"unlock (Argon2id 64 MiB", "library shown (newest 50 rows",
            "heap and resident memory with the library open on 50", "search, 7-query mix", "filter",
            "anonymized export", "bundle seal", "bundle import"}) {
            assertTrue(out.contains(row), row + " in\n" + out);
        }
        assertTrue(out.contains("the whole list of 50"), out);
        assertTrue(out.contains("50 imported"), out);
        assertTrue(out.contains("skipped: not asked for (--skip-ui)"), out);
        assertTrue(bench.err().contains("built 50 of 50"), bench.err());
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("| what | figure | target | |"), markdown);
        assertTrue(markdown.contains("| library shown (newest 50 rows, cold, fresh JVM) |"), markdown);
        CliRun none = CliRun.run("bench", "all", "--interviews", "0");
        assertTrue(none.exit() != 0 && none.err().contains("--interviews must be at least 1, not 0"), none.err());
    }
}
