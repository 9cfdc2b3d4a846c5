package app.caravan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Interview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The benchmark on a small corpus: a complete report, the same corpus for the same seed, nothing left behind. */
class SearchBenchTest {
    @Test
    void aSmallRunReportsEveryFigureAndCleansUp() throws Exception {
        List<String> progress = new ArrayList<>();
        List<Path> before = benchFolders();

        BenchReport report = SearchBench.run(new SearchBench.Options(300, 7, 2, 20), progress::add);

        List<String> lines = report.lines();
        String all = String.join("\n", lines);
        for (String expected : List.of("300 synthetic interviews", "build", "index:", "open", "library shown", "library load",
                "filter", "search overall", "grep -ci baseline")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        for (SearchBench.Query query : SearchBench.MIX) {
            assertTrue(all.contains(query.text()), query.text() + " in\n" + all);
        }
        assertEquals(SearchBench.MIX.size(), report.queries.size());
        assertEquals(300, report.firstPageRows, "a vault smaller than the first page shows whole");
        for (BenchReport.QueryFigures q : report.queries) {
            assertEquals(2, q.searchNanos.length);
            if (report.grepAvailable && !q.query.kind().equals("phrase")) {
                // The index and grep (with the alternatives written out) must agree on what matches.
                assertEquals(q.grepMatches, q.total, q.query.text());
            }
        }
        assertTrue(progress.contains("built 300 of 300"), progress.toString());
        assertEquals(before, benchFolders(), "the temp folder is deleted");
    }

    @Test
    void theCorpusIsDeterministic() {
        Interview a = new SyntheticCorpus(3).interview(42);
        Interview b = new SyntheticCorpus(3).interview(42);
        assertEquals(a.transcript(), b.transcript());
        assertEquals(a.id(), b.id());
        assertFalse(a.transcript().equals(new SyntheticCorpus(4).interview(42).transcript()));
        assertTrue(a.transcript().length() >= 2_000 && a.transcript().length() <= 31_000);
    }

    private static List<Path> benchFolders() throws Exception {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("caravan-bench-")).sorted().toList();
        }
    }
}
