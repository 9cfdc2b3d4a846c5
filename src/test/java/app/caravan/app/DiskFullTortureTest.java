package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.ExportScenario.Kind;
import app.caravan.app.ExportScenario.Qi;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full, on a real size-limited file system (see {@link SmallDisk}): an anonymized export
 * into a full folder, and saves and a JSON import into a vault whose disk is full. Each fails with
 * a message naming the place; the earlier state stays (the vault opens with every acknowledged
 * save, the import adds nothing), no half export is presented as done, and nothing is left
 * behind. Free-space points: 4 for the export and 3 for the vault in {@code mvn verify}; 16 and 8
 * random ones (seed {@code -Dcaravan.torture.seed}) with {@code -Dcaravan.torture=true}.
 */
@Tag("torture")
class DiskFullTortureTest {
    private static final boolean TORTURE = Boolean.getBoolean("caravan.torture");
    /** A small vocabulary keeps the search index small, so the volume is in the transcripts. */
    private static final List<String> WORDS = words();

    @TempDir
    Path temp;

    @Test
    void anonymizedExportIntoAFullFolderFailsWithItsNameAndLeavesNothing() throws Exception {
        Random random = new Random(Long.getLong("caravan.torture.seed", 2022L));
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
                SmallDisk disk = SmallDisk.mount(temp.resolve("stick"), 4)) {
            for (int i = 0; i < 8; i++) {
                ExportScenario.add(session, "P" + i, Kind.WITH_TEXT, Qi.SAME, text(random, 30_000),
                        List.of(), new Identity("Иван Петров " + i, null, List.of()));
            }
            Path done = disk.root().resolve("dataset-ok");
            AnonymizedExportService.Report ok = session.anonymizedExport().export(
                    ExportScenario.request(done, AnonymizedExportService.QUASI_IDENTIFIERS, 2, false, List.of()), null,
                    null);
            assertEquals(8, ok.participants());
            long size = sizeOf(done);
            assertTrue(size > 100_000, "the export is big enough to be cut: " + size);

            List<Double> points = new ArrayList<>(List.of(0.0, 0.05, 0.5, 0.9));
            while (TORTURE && points.size() < 16) {
                points.add(random.nextDouble() * 0.95);
            }
            Set<String> before = names(disk.root());
            for (double point : points) {
                long free = (long) (size * point);
                Path out = disk.root().resolve("dataset-" + Math.round(point * 100));
                disk.leaveFree(free);
                IOException full = assertThrows(IOException.class, () -> session.anonymizedExport().export(
                        ExportScenario.request(out, AnonymizedExportService.QUASI_IDENTIFIERS, 2, false, List.of()),
                        null, null), "export with " + free + " bytes free");
                assertTrue(full.getMessage().contains(out.toString()) || full.getMessage().contains(out.getFileName()
                        .toString()), "the message names the export folder: " + full.getMessage());
                assertTrue(full.getMessage().toLowerCase().contains("space"), "the message says why: "
                        + full.getMessage());
                assertFalse(Files.exists(out), "no export presented as done at " + free + " bytes free");
                assertEquals(before, names(disk.root()), "nothing left behind at " + free + " bytes free");
            }
            disk.makeRoom();
            Path after = disk.root().resolve("dataset-after");
            session.anonymizedExport().export(
                    ExportScenario.request(after, AnonymizedExportService.QUASI_IDENTIFIERS, 2, false, List.of()), null,
                    null);
            assertEquals(names(done), names(after), "with room again the same export succeeds");
        }
    }

    @Test
    void savesAndImportsIntoAVaultOnAFullDiskFailAndKeepEveryAcknowledgedSave() throws Exception {
        Random random = new Random(Long.getLong("caravan.torture.seed", 2023L));
        Path importFile = temp.resolve("big-import.json");
        List<UUID> importedIds = bigImport(importFile, random);
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 24)) {
            Path dir = disk.root().resolve("vault");
            Map<UUID, String> acknowledged = new LinkedHashMap<>();
            try (VaultSession session = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
                for (int i = 0; i < 3; i++) {
                    Interview saved = save(session, text(random, 20_000));
                    acknowledged.put(saved.id(), saved.transcript());
                }
            }
            Set<String> vaultFiles = names(dir);
            List<Long> points = new ArrayList<>(List.of(0L, 64L * 1024, 512L * 1024));
            while (TORTURE && points.size() < 8) {
                points.add((long) random.nextInt(1024 * 1024));
            }
            for (int round = 0; round < points.size(); round++) {
                long free = points.get(round);
                boolean importFirst = round % 2 == 1;
                VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase());
                try {
                    disk.leaveFree(free);
                    String big = text(random, 1_500_000);
                    // Every other time the import meets the full disk first, the saves then.
                    if (importFirst) {
                        importRefused(session, importFile, dir, free);
                    }
                    try {
                        // Three saves, each acknowledged on its own: the disk fills at one of them.
                        Interview created = session.interviews().create("Timur");
                        acknowledged.put(created.id(), created.transcript());
                        Interview consented = session.interviews().save(created.toBuilder().consent(
                                new Consent(true, false, true, false, false, false, ConsentMethod.VERBAL,
                                        OffsetDateTime.now(), null)).build());
                        acknowledged.put(consented.id(), consented.transcript());
                        Interview saved = session.interviews().save(consented.toBuilder().transcript(big).build());
                        acknowledged.put(saved.id(), saved.transcript());
                        throw new AssertionError("a 1.5 MB save reported success with " + free + " bytes free");
                    } catch (RuntimeException e) {
                        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("full"),
                                free + " bytes free, save: " + e.getMessage());
                    }
                    if (!importFirst) {
                        importRefused(session, importFile, dir, free);
                    }
                } finally {
                    closeQuietly(session);
                }
                disk.makeRoom();
                try (VaultSession reopened = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
                    Map<UUID, String> stored = new HashMap<>();
                    for (InterviewSummary s : reopened.interviews().list()) {
                        stored.put(s.id(), reopened.interviews().get(s.id()).transcript());
                    }
                    assertEquals(acknowledged.keySet(), stored.keySet(), "after " + free + " bytes free: every"
                            + " acknowledged save, nothing else");
                    for (UUID id : acknowledged.keySet()) {
                        assertTrue(acknowledged.get(id).equals(stored.get(id)), "after " + free + " bytes free, "
                                + id + " holds " + stored.get(id).length() + " chars, not the "
                                + acknowledged.get(id).length() + " saved");
                    }
                    assertTrue(importedIds.stream().noneMatch(stored::containsKey), "the import added nothing");
                }
                assertEquals(vaultFiles, names(dir), "nothing left behind in the vault folder");
            }
            try (VaultSession reopened = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
                assertEquals(importedIds.size(), reopened.interchange().importFile(importFile).imported(),
                        "with room again the same import succeeds");
            }
        }
    }

    /** Random words in Cyrillic and Latin: text that neither repeats nor compresses much. */
    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder(length + 16);
        while (b.length() < length) {
            b.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return b.toString();
    }

    private static List<String> words() {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщыэюяabcdefghijklmnopqrstuvwxyz";
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder w = new StringBuilder();
            for (int i = 2 + random.nextInt(9); i > 0; i--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        return words;
    }

    private static void importRefused(VaultSession session, Path importFile, Path dir, long free) {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> session.interchange().importFile(importFile), "import with " + free + " bytes free");
        assertTrue(refused.getMessage().contains(dir.toString()) && refused.getMessage().contains("full"),
                free + " bytes free, import: " + refused.getMessage());
    }

    private static Interview save(VaultSession session, String transcript) {
        Interview created = Fixtures.consentedInterview(session);
        return session.interviews().save(created.toBuilder().transcript(transcript).build());
    }

    /** A JSON file of three interviews with long transcripts, made by a vault on the normal disk. */
    private List<UUID> bigImport(Path file, Random random) throws Exception {
        try (VaultSession source = Fixtures.fastVaults().create(temp.resolve("source"), Fixtures.passphrase())) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(save(source, text(random, 400_000)).id());
            }
            source.interchange().exportFile(file);
            return ids;
        }
    }

    private static void closeQuietly(VaultSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            // The database may have closed itself on the write error; the reopen below is the check.
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        long total = 0;
        for (Path f : Fixtures.filesUnder(dir)) {
            total += Files.size(f);
        }
        return total;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("ballast.bin")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
