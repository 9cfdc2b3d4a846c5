package app.caravan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle benchmark end to end on a tiny corpus: every interview sealed and imported, nothing left behind. */
class BundleBenchTest {
    @Test
    void aSmallRunSealsAndImportsEveryInterviewAndCleansUp() throws Exception {
        List<String> progress = new ArrayList<>();
        List<Path> before = benchFolders();

        BundleBenchReport report = BundleBench.run(new WarmedRun.Options(20, 5, true), progress::add);

        assertEquals(20, report.sealedInterviews());
        assertEquals(20, report.imported(), "the desk imported every sealed interview");
        assertEquals(20, report.deskInterviews, "and lists them");
        // 20 transcripts of 2–30 KB deflate to more than a few KB and far less than their text.
        assertTrue(report.bundleBytes() > 10_000 && report.bundleBytes() < 2 * 2 * report.corpusChars,
                report.bundleBytes() + " bytes for " + report.corpusChars + " characters");
        assertTrue(report.sealNanos > 0 && report.writerNanos > 0 && report.encryptNanos > 0 && report.importNanos > 0
                && report.readerNanos > 0);
        assertTrue(report.sealMegabytesPerSecond() > 0 && report.importInterviewsPerSecond() > 0);

        String all = String.join("\n", report.lines());
        for (String expected : List.of("20 synthetic interviews", "after a warm-up run of 2", "seal (BundleService.seal",
                "writer alone", "age encryption alone", "JSON + zip", "vault read + outbox", "import (fresh desk vault", "reader alone", "vault write + index",
                "imported 20, desk vault lists 20", "machine: ", "  CPU of the import by thread: ")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
            assertTrue(all.contains("CPU of the import by thread: importing thread ") && all.contains(", bundle reader ")
                    && all.contains(", tokenizer ") && all.contains(", JIT compilers "), all);
        }
        if (AgeBaseline.version().isPresent()) {
            assertTrue(report.ageMegabytesPerSecond() > 0 && report.encryptionRatio() > 0);
            assertTrue(all.contains("sealing (age encryption of the bundle) / age CLI throughput"), all);
            assertTrue(all.contains("the whole seal including reading the vault"), all);
        } else {
            assertTrue(all.contains("age not installed: no comparison"), all);
        }
        assertTrue(progress.contains("warm-up: 2 interviews, not reported"), progress.toString());
        assertTrue(progress.contains("built 20 of 20"), progress.toString());
        assertEquals(before, benchFolders(), "the temp folder is deleted");
    }

    private static List<Path> benchFolders() throws Exception {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("caravan-bench-")).sorted().toList();
        }
    }
}
