package app.caravan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of {@code bench all}: every row with its figure, target and verdict, as text and Markdown. */
class AllBenchReportTest {
    @Test
    void eachRowSaysWhetherItMetItsTarget() {
        AllBenchReport report = filled();

        List<AllBenchReport.Row> rows = report.rows();

        assertEquals(AllBenchReport.Status.NONE, row(rows, "time to the unlock screen").status());
        assertTrue(row(rows, "time to the unlock screen").figure().contains("1.50 s; a bare JavaFX window started"
                + " the same way 0.50 s: 3.0×"), row(rows, "time to the unlock screen").figure());
        assertEquals(AllBenchReport.Status.MET, row(rows, "library shown").status());
        assertEquals(AllBenchReport.Status.MISSED, row(rows, "search,").status(), "p95 of 150 ms misses < 100 ms");
        assertEquals(AllBenchReport.Status.MET, row(rows, "`grep -ci`").status());
        assertTrue(row(rows, "`grep -ci`").figure().startsWith("30× slower"), row(rows, "`grep -ci`").figure());
        assertEquals(AllBenchReport.Status.MISSED, row(rows, "heap").status(), "600 MiB live misses 512 MiB");
        assertEquals(AllBenchReport.Status.MET, row(rows, "anonymized export").status());
        assertEquals(AllBenchReport.Status.NONE, row(rows, "bundle seal").status(), "no age, no comparison");
        assertTrue(row(rows, "bundle seal").figure().contains("age not installed"));
        assertEquals(AllBenchReport.Status.MISSED, row(rows, "bundle import").status(), "2 s for 1,000 misses < 1 s");
        assertTrue(row(rows, "bundle import").figure().endsWith("1,000 imported; CPU by thread: importing thread 1.5 s,"
                + " bundle reader 0.4 s; 1.9 s of CPU in 2.0 s on 2 cores"), row(rows, "bundle import").figure());
        assertEquals(AllBenchReport.Status.SKIPPED, row(rows, "keystroke").status());
        assertEquals("skipped: no display here", row(rows, "keystroke").figure());

        String md = report.markdown();
        assertTrue(md.contains("| what | figure | target | |\n|---|---|---|---|\n"), md);
        assertTrue(md.contains("| p95 < 100 ms | **MISSED** |"), md);
        assertTrue(md.contains("machine: 2 cores, 4.0 GiB memory, Linux 6 amd64, Vendor VM 17"), md);
        assertTrue(md.contains("--interviews 1000 --seed 9: 1,000 synthetic interviews"), md);
        assertEquals(rows.size() + 5, md.strip().split("\n").length, "two title lines, a blank line, head, rule, rows");

        List<String> lines = report.lines();
        assertEquals(2 + 1 + rows.size(), lines.size());
        int status = lines.get(2).indexOf("target") - 9;
        for (String line : lines.subList(3, lines.size())) {
            assertTrue(line.substring(status).startsWith("met") || line.substring(status).startsWith("MISSED")
                    || line.substring(status).startsWith("skipped") || line.substring(status).startsWith(" "), line);
        }
    }

    private static AllBenchReport.Row row(List<AllBenchReport.Row> rows, String start) {
        return rows.stream().filter(r -> r.what().startsWith(start)).findFirst().orElseThrow(() ->
                new AssertionError("no row " + start + " in " + rows));
    }

    private static AllBenchReport filled() {
        AllBenchReport report = new AllBenchReport(new AllBench.Options(1_000, 9, false, true, true, 3, 2));
        report.machine = new AllBenchReport.Machine(2, 4L << 30, "Linux 6 amd64", "Vendor VM 17");
        report.corpusChars = 16_000_000;
        report.buildNanos = 5_000_000_000L;
        report.vaultBytes = 80_000_000;
        report.display = "X display :99";
        report.appStartupMillis = new long[] {1_400, 1_500, 1_900};
        report.bareStartupMillis = new long[] {500, 450, 600};
        report.library = Map.ofEntries(Map.entry("kdfNanos", 390_000_000L), Map.entry("unlockNanos", 500_000_000L),
                Map.entry("firstPageNanos", 80_000_000L), Map.entry("firstPageRows", 500L),
                Map.entry("listNanos", 300_000_000L), Map.entry("listRows", 1_000L),
                Map.entry("heapUsedBytes", 600L << 20), Map.entry("heapPeakBytes", 900L << 20),
                Map.entry("heapMaxBytes", 1L << 30), Map.entry("vmHwmKiB", 700_000L), Map.entry("vmRssKiB", 650_000L));
        report.search = new BenchReport(new SearchBench.Options(1_000, 9, 2, 20));
        report.search.grepAvailable = true;
        report.search.grepRuns = 3;
        report.search.filterNanos = new long[] {1_000_000, 2_000_000};
        for (SearchBench.Query query : SearchBench.MIX) {
            BenchReport.QueryFigures figures = new BenchReport.QueryFigures(query);
            figures.searchNanos = new long[] {10_000_000, 150_000_000};
            figures.grepNanos = 300_000_000;
            report.search.queries.add(figures);
        }
        WarmedRun.Options sub = new WarmedRun.Options(1_000, 9, false);
        report.export = new ExportBenchReport(sub);
        report.export.exportNanos = 1_000_000_000;
        report.export.baselineNanos = 500_000_000;
        report.export.participants = 1_000;
        report.bundle = new BundleBenchReport(sub);
        report.bundle.sealNanos = 1_000_000_000;
        report.bundle.bundleBytes = 8_000_000;
        report.bundle.sealedInterviews = 1_000;
        report.bundle.importNanos = 2_000_000_000;
        report.bundle.imported = 1_000;
        report.bundle.importCpu = "importing thread 1.5 s, bundle reader 0.4 s; 1.9 s of CPU in 2.0 s on 2 cores";
        report.fluiditySkipped = "no display here";
        return report;
    }
}
