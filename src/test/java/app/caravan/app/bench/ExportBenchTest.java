package app.caravan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.IdentifiedInterview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The export benchmark end to end on a tiny corpus: every stage reported, nothing left behind. */
class ExportBenchTest {
    @Test
    void aSmallRunExportsEveryFormatAndTheBaselineAndCleansUp() throws Exception {
        List<String> progress = new ArrayList<>();
        List<Path> before = benchFolders();

        ExportBenchReport report = ExportBench.run(new WarmedRun.Options(30, 4, true), progress::add);

        assertTrue(report.participants() > 0 && report.participants() <= 30, "participants " + report.participants());
        assertEquals(30, report.participants() + report.suppressed, "every interview is consented: none excluded");
        assertTrue(report.replacements >= 30 * 6, "the injected names and contacts were replaced: " + report.replacements);
        assertEquals(List.of("interviews.csv", "segments.csv", "interviews.jsonl", "codebook.json", "codebook.md",
                "project.qdpx", "DATACARD.md"), report.files.stream().map(ExportBenchReport.FileFigures::name).toList(),
                "one row per file");
        assertTrue(report.files.stream().allMatch(f -> f.bytes() > 0));
        assertTrue(report.exportNanos > 0 && report.readNanos > 0 && report.deidentifiedNanos > 0
                && report.writeNanos > 0 && report.baselineNanos > 0
                && report.kAnonymityNanos > 0);
        assertTrue(report.baselineBytes > report.corpusChars, "the dump holds every transcript");
        assertTrue(report.ratio() > 0);

        String all = String.join("\n", report.lines());
        for (String expected : List.of("30 synthetic interviews (seed 4)", "after a warm-up run of 30",
                "anonymized export (every format", "vault read + consent filter",
                "k-anonymity, de-identification left (all cores)", "every file at once", "project.qdpx", "plain CSV dump", "export/plain dump: ", "PERSON ",
                "(target < 0.0 s, i.e. 15 s per 10,000)")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        assertTrue(progress.contains("warm-up: 30 interviews, not reported"), progress.toString());
        assertTrue(progress.contains("built 30 of 30"), progress.toString());
        assertEquals(before, benchFolders(), "the temp folder is deleted");
    }

    @Test
    void theSyntheticIdentityNamesPeopleWhoAlsoOccurInTheText() {
        SyntheticCorpus corpus = new SyntheticCorpus(9);
        for (int n = 0; n < 20; n++) {
            IdentifiedInterview i = ExportBench.identified(corpus.interview(n));
            String text = i.interview().transcript();
            String surname = i.identity().realName().split(" ")[1];
            assertTrue(text.contains(surname) || text.contains(i.identity().mentionedPeople().get(0).split(" ")[1]),
                    "a name of the identity is in the text");
            assertTrue(text.contains(i.identity().contact().split(", ")[0]), "the phone is in the text");
            assertEquals(3, i.interview().segments().size());
            assertTrue(i.interview().consent().shareAnonymizedForResearch() && i.interview().consent().verbatimQuotes());
            assertFalse(i.identity().realName().toLowerCase(Locale.ROOT).isBlank());
        }
    }

    private static List<Path> benchFolders() throws Exception {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("caravan-bench-")).sorted().toList();
        }
    }
}
