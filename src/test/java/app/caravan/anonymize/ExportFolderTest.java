package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderTest {
    @TempDir
    Path dir;

    private static List<DatasetFile> allFiles(Dataset d) {
        List<DatasetFile> files = new ArrayList<>(CsvWriter.files(d));
        files.add(JsonlWriter.interviews(d));
        files.addAll(CodebookWriter.files(d));
        files.add(DataCardWriter.datacard(d));
        return files;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndLeavesNoTempFolder() throws Exception {
        Dataset sample = Datasets.sample();
        List<int[]> progress = new ArrayList<>();
        Path out = ExportFolder.write(dir.resolve("export-1"), allFiles(sample),
                (done, total) -> progress.add(new int[] {done, total}));

        assertEquals(dir.resolve("export-1").toAbsolutePath(), out);
        assertEquals(List.of("export-1"), listing());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("DATACARD.md", "codebook.json", "codebook.md", "interviews.csv", "interviews.jsonl",
                    "segments.csv"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertArrayEquals(Written.bytes(CsvWriter.segments(sample)), Files.readAllBytes(out.resolve("segments.csv")));
        assertEquals(4, Rfc4180.parse(Files.readAllBytes(out.resolve("interviews.csv"))).size());
        assertEquals(6, progress.size());
        assertEquals(6, progress.get(5)[0]);
        assertEquals(6, progress.get(5)[1]);
    }

    @Test
    void anExistingEmptyFolderIsUsedAndParentsAreCreated() throws Exception {
        Files.createDirectory(dir.resolve("empty"));
        ExportFolder.write(dir.resolve("empty"), allFiles(Datasets.sample()), ExportFolder.Progress.NONE);
        assertTrue(Files.isRegularFile(dir.resolve("empty/DATACARD.md")));
        ExportFolder.write(dir.resolve("a/b/c"), allFiles(Datasets.sample()), ExportFolder.Progress.NONE);
        assertTrue(Files.isRegularFile(dir.resolve("a/b/c/interviews.csv")));
    }

    @Test
    void aNonEmptyTargetIsRefusedAndLeftAlone() throws Exception {
        Path target = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> ExportFolder.write(target, allFiles(Datasets.sample()), ExportFolder.Progress.NONE));
        assertTrue(e.getMessage().contains("taken") && e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(target.resolve("notes.txt")));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(1, s.count());
        }
        Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(FileAlreadyExistsException.class,
                () -> ExportFolder.write(dir.resolve("plain-file"), List.of(), ExportFolder.Progress.NONE));
        assertEquals(List.of("plain-file", "taken"), listing());
    }

    @Test
    void aFailingFileLeavesNeitherTargetNorTempFolder() {
        List<DatasetFile> files = new ArrayList<>(allFiles(Datasets.sample()));
        files.add(2, DatasetFile.of("broken.csv", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        IOException e = assertThrows(IOException.class,
                () -> ExportFolder.write(dir.resolve("export"), files, ExportFolder.Progress.NONE));
        assertTrue(e.getMessage().contains("broken.csv") && e.getMessage().contains("disk full"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("export").toString()), e.getMessage());
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    @Test
    void aWriterBugIsReportedTooAndCleansUp() {
        List<DatasetFile> files = List.of(DatasetFile.of("x.csv", out -> {
            throw new IllegalArgumentException("span beyond text");
        }));
        IOException e = assertThrows(IOException.class,
                () -> ExportFolder.write(dir.resolve("export"), files, ExportFolder.Progress.NONE));
        assertTrue(e.getMessage().contains("x.csv") && e.getMessage().contains("span beyond text"), e.getMessage());
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    @Test
    void cancellingLeavesNothing() {
        List<DatasetFile> files = new ArrayList<>(allFiles(Datasets.sample()));
        files.add(1, DatasetFile.of("cancel.txt", out -> Thread.currentThread().interrupt()));
        try {
            assertThrows(InterruptedIOException.class,
                    () -> ExportFolder.write(dir.resolve("export"), files, ExportFolder.Progress.NONE));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    @Test
    void cancellingASealLeavesNothing() throws Exception {
        try (AgeIdentity desk = AgeIdentity.generate()) {
            List<DatasetFile> files = new ArrayList<>(allFiles(Datasets.sample()));
            files.add(1, DatasetFile.of("cancel.txt", out -> Thread.currentThread().interrupt()));
            try {
                assertThrows(InterruptedIOException.class,
                        () -> ExportFolder.seal("s", files, List.of(desk.recipient()), dir.resolve("s.zip.age")));
            } finally {
                Thread.interrupted();
            }
            assertEquals(List.of(), assertDoesNotThrowListing());
        }
    }

    @Test
    void fileNamesMustBePlainAndDistinct() {
        for (String bad : List.of("../escape.csv", "a/b.csv", ".hidden", "", "..")) {
            assertThrows(IllegalArgumentException.class, () -> ExportFolder.write(dir.resolve("e"),
                    List.of(DatasetFile.of(bad, out -> { })), ExportFolder.Progress.NONE), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ExportFolder.write(dir.resolve("e"),
                List.of(DatasetFile.of("A.csv", out -> { }), DatasetFile.of("a.csv", out -> { })),
                ExportFolder.Progress.NONE));
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    @Test
    void sealedExportOpensWithOurAgeAndHoldsTheFilesInOrder() throws Exception {
        Path folder = ExportFolder.write(dir.resolve("dataset-2026"), allFiles(Datasets.sample()),
                ExportFolder.Progress.NONE);
        try (AgeIdentity desk = AgeIdentity.generate(); AgeIdentity other = AgeIdentity.generate()) {
            Path sealed = ExportFolder.seal(folder, List.of(desk.recipient(), other.recipient()),
                    ExportFolder.sealedPath(folder));
            assertEquals(dir.resolve("dataset-2026.zip.age").toAbsolutePath(), sealed);
            assertEquals(List.of("dataset-2026", "dataset-2026.zip.age"), listing());

            Map<String, byte[]> entries = unzip(decrypt(sealed, desk));
            assertEquals(List.of("dataset-2026/DATACARD.md", "dataset-2026/codebook.json", "dataset-2026/codebook.md",
                    "dataset-2026/interviews.csv", "dataset-2026/interviews.jsonl", "dataset-2026/segments.csv"),
                    List.copyOf(entries.keySet()));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                assertArrayEquals(Files.readAllBytes(folder.resolve(e.getKey().substring("dataset-2026/".length()))),
                        e.getValue(), e.getKey());
            }
            assertEquals(entries.keySet(), unzip(decrypt(sealed, other)).keySet(), "every recipient opens it");
        }
    }

    @Test
    void sealingStraightFromTheWritersNeverWritesThePlainFiles() throws Exception {
        try (AgeIdentity desk = AgeIdentity.generate()) {
            Path out = dir.resolve("direct.zip.age");
            ExportFolder.seal("direct", allFiles(Datasets.sample()), List.of(desk.recipient()), out);
            assertEquals(List.of("direct.zip.age"), listing());
            Map<String, byte[]> entries = unzip(decrypt(out, desk));
            assertArrayEquals(Written.bytes(CsvWriter.interviews(Datasets.sample())), entries.get("direct/interviews.csv"));
            assertEquals("direct/interviews.csv", entries.keySet().iterator().next(), "the given order");
        }
    }

    @Test
    void sealingRefusesAnExistingFileAndCleansUpOnFailure() throws Exception {
        try (AgeIdentity desk = AgeIdentity.generate()) {
            Path out = dir.resolve("x.zip.age");
            Files.writeString(out, "older");
            assertThrows(FileAlreadyExistsException.class,
                    () -> ExportFolder.seal("x", List.of(), List.of(desk.recipient()), out));
            assertEquals("older", Files.readString(out));

            Path fresh = dir.resolve("y.zip.age");
            IOException e = assertThrows(IOException.class, () -> ExportFolder.seal("y",
                    List.of(DatasetFile.of("a.csv", o -> {
                        throw new IOException("source vanished");
                    })), List.of(desk.recipient()), fresh));
            assertEquals("source vanished", e.getMessage());
            assertThrows(AgeException.class, () -> ExportFolder.seal("z", List.of(), List.of(), dir.resolve("z.zip.age")));
            assertThrows(IllegalArgumentException.class, () -> ExportFolder.seal("w",
                    List.of(DatasetFile.of("../up.csv", o -> { })), List.of(desk.recipient()), dir.resolve("w.zip.age")));
            assertEquals(List.of("x.zip.age"), listing());
        }
    }

    @Test
    void theAgeCommandLineOpensASealedExport() throws Exception {
        boolean installed = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "age")));
        Assumptions.assumeTrue(installed, "age CLI not installed: apt-get install -y age");
        Path folder = ExportFolder.write(dir.resolve("ds"), allFiles(Datasets.sample()), ExportFolder.Progress.NONE);
        try (AgeIdentity desk = AgeIdentity.generate()) {
            Path sealed = ExportFolder.seal(folder, List.of(desk.recipient()), ExportFolder.sealedPath(folder));
            Path key = dir.resolve("desk.key");
            char[] secret = desk.toChars();
            Files.writeString(key, new String(secret) + "\n");
            java.util.Arrays.fill(secret, '\0');
            Process age = new ProcessBuilder("age", "-d", "-i", key.toString(), "-o", dir.resolve("ds.zip").toString(),
                    sealed.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("age.log").toFile()).start();
            assertEquals(0, age.waitFor(), Files.readString(dir.resolve("age.log")));
            Map<String, byte[]> entries;
            try (InputStream in = Files.newInputStream(dir.resolve("ds.zip"))) {
                entries = unzip(in.readAllBytes());
            }
            assertArrayEquals(Files.readAllBytes(folder.resolve("interviews.jsonl")), entries.get("ds/interviews.jsonl"));
            assertEquals(6, entries.size());
        }
    }

    private List<String> assertDoesNotThrowListing() {
        try {
            return listing();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] decrypt(Path sealed, AgeIdentity identity) throws Exception {
        try (InputStream in = Age.decrypt(Files.newInputStream(sealed), identity)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(e.getName(), out.toByteArray());
            }
        }
        return entries;
    }
}
