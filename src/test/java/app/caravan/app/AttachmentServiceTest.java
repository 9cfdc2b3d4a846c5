package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Attachment;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.storage.AttachmentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentServiceTest {
    @TempDir
    Path temp;
    VaultSession session;
    AttachmentService attachments;
    Interview interview;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        attachments = session.attachments();
        interview = Fixtures.consentedInterview(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void contentRoundTripsAcrossPartsWithMetadataAndDigest() throws Exception {
        byte[] content = random(3 * AttachmentStore.DEFAULT_PART_SIZE + 17);
        List<Long> progress = new ArrayList<>();

        Attachment a = attachments.add(interview.id(), "C:\\Users\\me\\Desktop\\consent form.PDF", null,
                new ByteArrayInputStream(content), content.length, progress::add);

        assertEquals("consent form.PDF", a.fileName());
        assertEquals("application/pdf", a.mediaType());
        assertEquals(Attachment.Kind.DOCUMENT, a.kind());
        assertEquals(content.length, a.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), a.sha256());
        assertEquals(List.of(1L << 20, 2L << 20, 3L << 20, (long) content.length), progress);
        assertArrayEquals(content, attachments.open(a.id()).readAllBytes());
        assertEquals(List.of(a), attachments.list(interview.id()));
        assertEquals(a, attachments.get(a.id()));
    }

    @Test
    void streamsOfUnknownLengthAndEmptyFilesAreFine() throws Exception {
        byte[] content = random(AttachmentStore.DEFAULT_PART_SIZE);
        Attachment photo = attachments.add(interview.id(), "IMG_0042.jpg", "image/jpeg; q=1",
                new ByteArrayInputStream(content), -1, null);
        Attachment empty = attachments.add(interview.id(), "empty.txt", "text/plain",
                new ByteArrayInputStream(new byte[0]), 0, null);

        assertEquals(Attachment.Kind.PHOTO, photo.kind());
        assertEquals("image/jpeg", photo.mediaType());
        assertArrayEquals(content, attachments.open(photo.id()).readAllBytes());
        assertEquals(0, empty.size());
        assertEquals(-1, attachments.open(empty.id()).read());
    }

    @Test
    void openingAtAnOffsetAndSkippingReadOnlyTheNeededParts() throws Exception {
        byte[] content = random(5 * AttachmentStore.DEFAULT_PART_SIZE / 2);
        Attachment a = attachments.add(interview.id(), "a.bin", null, new ByteArrayInputStream(content), -1, null);

        for (long from : new long[] {0, 1, AttachmentStore.DEFAULT_PART_SIZE - 1, AttachmentStore.DEFAULT_PART_SIZE,
            content.length - 3, content.length}) {
            try (InputStream in = attachments.open(a.id(), from)) {
                byte[] rest = in.readAllBytes();
                assertArrayEquals(java.util.Arrays.copyOfRange(content, (int) from, content.length), rest, "from " + from);
            }
        }
        try (InputStream in = attachments.open(a.id())) {
            assertEquals(content[0], (byte) in.read());
            assertEquals(2_000_000, in.skip(2_000_000));
            assertEquals(content[2_000_001], (byte) in.read());
            assertEquals(content.length - 2_000_002, in.skip(Long.MAX_VALUE));
            assertEquals(-1, in.read());
        }
        assertThrows(IllegalArgumentException.class, () -> attachments.open(a.id(), content.length + 1L));
    }

    @Test
    void aWrongAnnouncedSizeOrAFailingSourceKeepsNothing() throws Exception {
        byte[] content = random(1000);
        IOException longer = assertThrows(IOException.class, () -> attachments.add(interview.id(), "a.bin", null,
                new ByteArrayInputStream(content), 999, null));
        assertTrue(longer.getMessage().contains("longer than the 999 bytes"), longer.getMessage());
        IOException shorter = assertThrows(IOException.class, () -> attachments.add(interview.id(), "a.bin", null,
                new ByteArrayInputStream(content), 1001, null));
        assertTrue(shorter.getMessage().contains("ended after 1000 of the 1001 bytes"), shorter.getMessage());
        InputStream failing = new InputStream() {
            private int left = 3 * AttachmentStore.DEFAULT_PART_SIZE / 2;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("USB stick pulled out");
                }
                return 7;
            }
        };
        assertThrows(IOException.class, () -> attachments.add(interview.id(), "a.bin", null, failing, -1, null));

        assertEquals(List.of(), attachments.list(interview.id()));
        assertEquals(0, ((LocalAttachmentService) attachments).recoverInterrupted(), "nothing half-stored is left");
    }

    @Test
    void consentDecidesWhatMayBeAttached() throws Exception {
        Interview noAudio = session.interviews().save(interview.toBuilder()
                .consent(new Consent(true, false, true, false, false, false, null, null, null)).build());
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class, () -> attachments.add(noAudio.id(),
                "call.m4a", null, new ByteArrayInputStream(new byte[10]), 10, null));
        assertEquals(ConsentRequiredException.Use.AUDIO_RECORDING, e.use());
        assertThrows(ConsentRequiredException.class, () -> attachments.add(noAudio.id(), "call.m4a",
                "application/octet-stream", new ByteArrayInputStream(new byte[10]), 10, null));
        // A consent form scan needs no audio consent.
        attachments.add(noAudio.id(), "form.png", null, new ByteArrayInputStream(new byte[10]), 10, null);

        session.interviews().withdraw(noAudio.id(), OffsetDateTime.now());
        assertThrows(IllegalStateException.class, () -> attachments.add(noAudio.id(), "form2.png", null,
                new ByteArrayInputStream(new byte[10]), 10, null));
        assertThrows(NotFoundException.class, () -> attachments.add(java.util.UUID.randomUUID(), "x.png", null,
                new ByteArrayInputStream(new byte[10]), 10, null));
    }

    @Test
    void deletingTheAttachmentOrItsInterviewRemovesTheContent() throws Exception {
        Attachment a = attachments.add(interview.id(), "a.jpg", null, new ByteArrayInputStream(random(5000)), -1, null);
        InputStream open = attachments.open(a.id());

        attachments.delete(a.id());

        IOException gone = assertThrows(IOException.class, open::read);
        assertTrue(gone.getMessage().contains("deleted"), gone.getMessage());
        assertThrows(NotFoundException.class, () -> attachments.get(a.id()));
        assertThrows(NotFoundException.class, () -> attachments.delete(a.id()));
        Attachment b = attachments.add(interview.id(), "b.jpg", null, new ByteArrayInputStream(random(5000)), -1, null);
        session.interviews().delete(interview.id());
        assertThrows(NotFoundException.class, () -> attachments.open(b.id()));
    }

    /**
     * The vault has one connection; an upload holds it one part at a time, so the editor's
     * autosave is never stuck behind a long upload, and an open stream holds nothing.
     */
    @Test
    void aLongUploadAndAnOpenStreamDoNotBlockSaves() throws Exception {
        long size = 48L << 20;
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread upload = new Thread(() -> {
            try {
                attachments.add(interview.id(), "long.wav", "audio/wav", new SyntheticContent(size, "x", 3), size, null);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        upload.start();
        Interview current = interview;
        long worst = 0;
        int saves = 0;
        while (upload.isAlive()) {
            long t0 = System.nanoTime();
            current = session.interviews().save(current.toBuilder().transcript("save " + saves++).build());
            worst = Math.max(worst, System.nanoTime() - t0);
        }
        upload.join();
        assertEquals(null, failure.get());
        System.out.printf("autosave during a %d MiB upload: %d saves, slowest %.1f ms%n", size >> 20, saves,
                worst / 1e6);
        assertTrue(saves > 10, "saves got through: " + saves);
        assertTrue(worst < 2_000_000_000L, "a save waited " + worst / 1e6 + " ms");

        try (InputStream playing = attachments.open(attachments.list(interview.id()).get(0).id())) {
            playing.readNBytes(1000);
            session.interviews().save(current.toBuilder().transcript("while playing").build());
            playing.readNBytes(3 << 20);
        }
    }

    @Test
    void anInterruptedUploadIsRemovedWhenTheVaultIsNextOpened() throws Exception {
        LocalAttachmentService local = (LocalAttachmentService) attachments;
        local.stream(interview.id(), "half.pdf", null, new ByteArrayInputStream(random(3000)), -1, null, 1024);
        session.close();
        session = Fixtures.fastVaults().open(temp.resolve("vault"), Fixtures.passphrase());
        attachments = session.attachments();

        assertEquals(List.of(), attachments.list(interview.id()));
        assertEquals(0, ((LocalAttachmentService) attachments).recoverInterrupted());
    }

    static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }
}
