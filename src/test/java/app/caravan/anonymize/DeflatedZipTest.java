package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.anonymize.Dataset.CodedSpan;
import app.caravan.anonymize.Dataset.Participant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DeflatedZip} writes what {@link ZipOutputStream} writes, byte for byte, whichever thread deflated. */
class DeflatedZipTest {
    private static final Instant WHEN = Instant.parse("2026-11-21T15:30:12Z");

    /** An entry: its name, its content, and whether it is streamed (in pieces) or deflated beforehand. */
    private record Entry(String name, byte[] content, boolean streamed) {
    }

    private static byte[] reference(List<Entry> entries, Instant when) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        for (Entry e : entries) {
            ZipEntry entry = new ZipEntry(e.name());
            entry.setLastModifiedTime(FileTime.from(when));
            zip.putNextEntry(entry);
            if (e.streamed()) {
                for (int at = 0; at < e.content().length; at += 1000) {
                    zip.write(e.content(), at, Math.min(1000, e.content().length - at));
                }
            } else {
                zip.write(e.content());
            }
            zip.closeEntry();
        }
        zip.finish();
        return bytes.toByteArray();
    }

    private static byte[] deflatedZip(List<Entry> entries, Instant when) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (DeflatedZip zip = new DeflatedZip(bytes, FileTime.from(when), Deflater.BEST_SPEED)) {
            List<Future<DeflatedZip.Deflated>> deflated = new ArrayList<>();
            for (Entry e : entries) {
                deflated.add(e.streamed() ? null : pool.submit(() -> zip.deflate(e.content())));
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.streamed()) {
                    try (OutputStream out = zip.add(e.name())) {
                        for (int at = 0; at < e.content().length; at += 777) {
                            out.write(e.content(), at, Math.min(777, e.content().length - at));
                        }
                    }
                } else {
                    zip.add(e.name(), deflated.get(i).get());
                }
            }
            zip.finish();
        } finally {
            pool.shutdownNow();
        }
        return bytes.toByteArray();
    }

    private static List<Entry> mixed(long seed) {
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] words = {"Мы", "уехали", "осенью", "через", "границу", "and", "then", "worked", "😀", "\n"};
        while (text.length() < 300_000) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        byte[] noise = new byte[150_000];
        random.nextBytes(noise);
        entries.add(new Entry("project.qde", text.toString().getBytes(StandardCharsets.UTF_8), true));
        entries.add(new Entry("Sources/пустой.txt", new byte[0], false));
        entries.add(new Entry("Sources/one.txt", new byte[] {'x'}, false));
        entries.add(new Entry("Sources/noise.bin", noise, false));
        entries.add(new Entry("Sources/streamed-empty.txt", new byte[0], true));
        for (int i = 0; i < 40; i++) {
            int from = random.nextInt(text.length() - 20_000);
            entries.add(new Entry("Sources/" + UUID.randomUUID() + ".txt",
                    text.substring(from, from + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8), false));
        }
        return entries;
    }

    @Test
    void theSameBytesAsZipOutputStream() throws Exception {
        List<Entry> entries = mixed(7);
        assertArrayEquals(reference(entries, WHEN), deflatedZip(entries, WHEN));
    }

    @Test
    void timesBefore1980AndAfter2038AreWrittenAsZipOutputStreamWritesThem() throws Exception {
        List<Entry> entries = mixed(8).subList(0, 6);
        for (Instant when : List.of(Instant.parse("1975-03-01T10:00:00Z"), Instant.parse("2040-06-30T23:59:59Z"),
                Instant.parse("2107-12-31T00:00:00Z"))) {
            assertArrayEquals(reference(entries, when), deflatedZip(entries, when), when.toString());
        }
    }

    @Test
    void moreThan65534EntriesGetTheZip64EndRecordsZipOutputStreamWrites() throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 65_540; i++) {
            entries.add(new Entry("Sources/" + i + ".txt", new byte[] {(byte) i}, i % 1000 == 0));
        }
        byte[] written = deflatedZip(entries, WHEN);
        assertArrayEquals(reference(entries, WHEN), written);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written))) {
            int n = 0;
            while (in.getNextEntry() != null) {
                n++;
            }
            assertEquals(65_540, n);
        }
    }

    @Test
    void aDuplicateNameIsRefusedLikeZipOutputStreamDoes() {
        DeflatedZip zip = new DeflatedZip(new ByteArrayOutputStream(), FileTime.from(WHEN), Deflater.BEST_SPEED);
        assertThrows(ZipException.class, () -> {
            zip.add("a.txt", zip.deflate(new byte[] {1}));
            zip.add("a.txt", zip.deflate(new byte[] {2}));
        });
        zip.close();
    }

    /**
     * A whole project.qdpx against the same entries zipped by {@link ZipOutputStream} as the writer
     * did before it deflated on every core: the output must not change by a byte.
     */
    @Test
    void aProjectIsTheZipItWasBeforeTheTranscriptsWereDeflatedInParallel(@TempDir java.nio.file.Path dir)
            throws Exception {
        Random random = new Random(3);
        List<Participant> participants = new ArrayList<>();
        for (int p = 0; p < 600; p++) {
            String text = RefiQdaWriterTest.TEXT_A.repeat(1 + random.nextInt(40)) + p;
            participants.add(new Participant("P-" + p, List.of("P-" + p, "Грузия", "IT", "25-34"), text,
                    List.of(new CodedSpan(0, 10, List.of("work"), "memo " + p))));
        }
        Dataset dataset = new Dataset("big", RefiQdaWriterTest.COLUMNS, participants, RefiQdaWriterTest.THEMES,
                java.util.Map.of(), RefiQdaWriterTest.card());
        Random guids = new Random(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RefiQdaWriter(() -> new UUID(guids.nextLong(), guids.nextLong())).write(dataset, out);
        byte[] written = out.toByteArray();

        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("project.qdpx"), written);
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.add(new Entry(e.getName(), zip.getInputStream(e).readAllBytes(),
                        e.getName().equals(RefiQdaWriter.PROJECT_ENTRY)));
                assertEquals(RefiQdaWriterTest.card().createdAt().getEpochSecond(),
                        e.getLastModifiedTime().toInstant().getEpochSecond());
            }
        }
        assertEquals(601, entries.size());
        assertTrue(new String(entries.get(600).content(), StandardCharsets.UTF_8).endsWith("599"));
        Instant when = Instant.ofEpochSecond(RefiQdaWriterTest.card().createdAt().getEpochSecond());
        assertArrayEquals(reference(entries, when), written);
    }
}
