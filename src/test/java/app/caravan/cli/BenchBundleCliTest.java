package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code caravan bench bundle}, in-process: the figures on stdout, progress on stderr. */
class BenchBundleCliTest {
    @Test
    void benchBundlePrintsTheFigures() {
        CliRun bench = CliRun.run("bench", "bundle", "--interviews", "12", "--seed", "3", "--no-warm-up");

        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("12 synthetic interviews (seed 3), "), bench.out());
        assertTrue(bench.out().contains("imported 12, desk vault lists 12"), bench.out());
        assertTrue(bench.out().contains("import: "), bench.out());
        assertTrue(bench.err().contains("built 12 of 12"), bench.err());
        assertFalse(bench.err().contains("warm-up"), bench.err());
        assertEquals(2, CliRun.run("bench", "bundle", "--interviews", "many").exit());
    }
}
