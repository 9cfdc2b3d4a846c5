package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.ExportScenario.Kind;
import app.caravan.app.ExportScenario.Qi;
import app.caravan.crypto.Age;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.Identity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a request asks of the export: linkable ids, a sealed dataset, refusals and cancellation that write nothing. */
class AnonymizedExportRequestTest {
    static final List<String> QIS = List.of("city", "profession");
    static final String TEXT = "Меня зовут Николай Смирнов, звоните +7 912 345-67-89. Мы приехали сюда осенью.";

    @TempDir
    Path temp;
    VaultSession vault;

    @BeforeEach
    void twelveInterviews() throws Exception {
        vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase());
        Random random = new Random(12);
        for (int n = 0; n < 12; n++) {
            ExportScenario.add(vault, "R" + n, n % 4 == 3 ? Kind.TEXTLESS : Kind.WITH_TEXT, Qi.SAME, TEXT,
                    ExportScenario.segments(TEXT, List.of("Николай said so"), random),
                    new Identity("Николай Смирнов", "+7 912 345-67-89", List.of()));
        }
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private AnonymizedExportService export() {
        return vault.anonymizedExport();
    }

    private Set<String> ids(Path folder) throws Exception {
        return ExportFiles.records(Files.readAllBytes(folder.resolve("interviews.csv"))).stream()
                .map(r -> r.get("participant_id")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void stableIdsRepeatAcrossExportsAndFreshIdsNever() throws Exception {
        export().export(ExportScenario.request(temp.resolve("s1"), QIS, 2, true, List.of()), null, null);
        export().export(ExportScenario.request(temp.resolve("s2"), QIS, 2, true, List.of()), null, null);
        export().export(ExportScenario.request(temp.resolve("f1"), QIS, 2, false, List.of()), null, null);
        export().export(ExportScenario.request(temp.resolve("f2"), QIS, 2, false, List.of()), null, null);

        Set<String> stable = ids(temp.resolve("s1"));
        assertEquals(12, stable.size());
        assertEquals(stable, ids(temp.resolve("s2")), "the same participants get the same stable ids");
        Set<String> seen = new HashSet<>(stable);
        for (String fresh : List.of("f1", "f2")) {
            Set<String> these = ids(temp.resolve(fresh));
            assertEquals(12, these.size());
            for (String id : these) {
                assertTrue(seen.add(id), fresh + " repeats the id " + id);
            }
        }
        String segments = Files.readString(temp.resolve("s2").resolve("segments.csv"));
        assertTrue(stable.stream().allMatch(segments::contains), "segments.csv uses the same ids");
    }

    @Test
    void aSealedExportIsOnlyTheAgeFileAndDecryptsToTheDataset() throws Exception {
        try (AgeIdentity desk = AgeIdentity.generate()) {
            Path out = temp.resolve("dataset");
            AnonymizedExportService.Report report = export().export(ExportScenario.request(out, QIS, 2, false,
                    List.of(desk.recipient().value())), null, null);

            assertNull(report.folder());
            assertEquals(temp.resolve("dataset.zip.age").toAbsolutePath(), report.sealed().toAbsolutePath());
            assertEquals(Set.of("dataset.zip.age", "v"), names(temp), "no plain folder, no temp file");
            Map<String, byte[]> entries;
            try (InputStream in = Age.decrypt(Files.newInputStream(report.sealed()), desk)) {
                entries = ExportFiles.unzip(in);
            }
            assertEquals(Set.of("dataset/interviews.csv", "dataset/segments.csv", "dataset/interviews.jsonl",
                    "dataset/codebook.json", "dataset/codebook.md", "dataset/project.qdpx", "dataset/DATACARD.md"),
                    entries.keySet());
            assertEquals(12, ExportFiles.records(entries.get("dataset/interviews.csv")).size());
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertTrue(!text.contains("Николай") && !text.contains("Смирнов") && !text.contains("345-67-89"),
                        e.getKey() + " leaks");
            }
            assertTrue(new String(entries.get("dataset/segments.csv"), StandardCharsets.UTF_8).contains("осенью"));
        }
    }

    @Test
    void aBadRequestIsRefusedWithItsReasonAndWritesNothing() throws Exception {
        Path taken = Files.createDirectory(temp.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Set<String> before = names(temp);
        Path out = temp.resolve("dataset");

        assertRefused("Unknown format \"pdf\"", new AnonymizedExportService.Request(out, null, List.of("csv", "pdf"),
                QIS, 2, 0.5, null, "country", false, List.of()));
        assertRefused("k must be 2 or more", ExportScenario.request(out, QIS, 1, false, List.of()));
        assertRefused("already exists and is not an empty folder", ExportScenario.request(taken, QIS, 2, false,
                List.of()));
        assertRefused("Unknown quasi-identifier \"income\"", ExportScenario.request(out, List.of("income"), 2, false,
                List.of()));
        assertRefused("Recipient \"age1nope\"", ExportScenario.request(out, QIS, 2, false, List.of("age1nope")));
        assertEquals(before, names(temp), "nothing was written");
        assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
    }

    private void assertRefused(String reason, AnonymizedExportService.Request request) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> export().export(request, null,
                null));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void cancellingWhileReadingOrWritingLeavesNothing() throws Exception {
        Set<String> before = names(temp);
        int[] read = {0};
        assertThrows(CancellationException.class, () -> export().export(ExportScenario.request(temp.resolve("a"),
                QIS, 2, false, List.of()), p -> read[0] = p.step().equals("reading") ? p.done() : read[0],
                () -> read[0] >= 3));
        assertEquals(3, read[0], "cancelled after three interviews");
        assertEquals(before, names(temp), "nothing was written");

        int[] files = {0};
        assertThrows(CancellationException.class, () -> export().export(ExportScenario.request(temp.resolve("b"),
                QIS, 2, false, List.of()), p -> files[0] = p.step().equals("writing") ? p.done() : files[0],
                () -> files[0] >= 2));
        assertEquals(2, files[0], "cancelled after two files");
        assertEquals(before, names(temp), "the files already written are gone too");

        export().export(ExportScenario.request(temp.resolve("a"), QIS, 2, false, List.of()), null, null);
        assertEquals(12, ids(temp.resolve("a")).size(), "the same request succeeds when not cancelled");
    }

    /** Every name in {@code dir}, hidden temp folders included. */
    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
