package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.caravan.Fixtures;
import app.caravan.domain.Attachment;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavRecorderTest {
    @TempDir
    Path temp;
    VaultSession session;
    Interview interview;
    final AtomicInteger opened = new AtomicInteger();

    final WavRecorder.LineSource synthetic = new WavRecorder.LineSource() {
        @Override
        public boolean isAvailable(AudioFormat format) {
            return true;
        }

        @Override
        public TargetDataLine open(AudioFormat format) {
            opened.incrementAndGet();
            return new SyntheticLine(format);
        }
    };

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        interview = Fixtures.consentedInterview(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private WavRecorder recorder() {
        return new WavRecorder((LocalAttachmentService) session.attachments(), synthetic, WavRecorder.FORMAT);
    }

    @Test
    void aRecordingGoesIntoTheVaultAsAValidWavWithEverySample() throws Exception {
        Recording recording = recorder().start(interview.id(), "interview 1.wav");
        Thread.sleep(500);
        assertTrue(recording.isRecording());
        Attachment a = recording.stop();

        assertFalse(recording.isRecording());
        assertEquals("audio/wav", a.mediaType());
        assertEquals(Attachment.Kind.AUDIO, a.kind());
        assertTrue(a.size() > 3 * WavRecorder.PART_SIZE, "several parts: " + a.size());
        byte[] all = session.attachments().open(a.id()).readAllBytes();
        assertEquals(a.size(), all.length);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)), a.sha256());
        ByteBuffer header = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(all.length - 8, header.getInt(4));
        assertEquals(all.length - 44, header.getInt(40));
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(
                new BufferedInputStream(session.attachments().open(a.id())))) {
            assertTrue(audio.getFormat().matches(WavRecorder.FORMAT), audio.getFormat().toString());
            assertEquals((all.length - 44) / 2, audio.getFrameLength());
            byte[] pcm = audio.readAllBytes();
            ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
            for (int n = 0; n < pcm.length / 2; n++) {
                assertEquals(SyntheticLine.sample(n), samples.getShort(), "sample " + n);
            }
        }
        assertEquals(List.of(a), session.attachments().list(interview.id()));
    }

    @Test
    void lockingTheVaultWhileRecordingKeepsTheRecording() throws Exception {
        WavRecorder recorder = new WavRecorder((LocalAttachmentService) session.attachments(), synthetic,
                WavRecorder.FORMAT);
        Recording recording = recorder.start(interview.id(), "locked.wav");
        Thread.sleep(200);

        recorder.stopAll();
        session.close();

        assertFalse(recording.isRecording());
        session = Fixtures.fastVaults().open(temp.resolve("vault"), Fixtures.passphrase());
        Attachment kept = session.attachments().list(interview.id()).get(0);
        assertEquals(recording.result().get(), kept);
    }

    @Test
    void withoutAMicrophoneTheMessageSaysSoAndNothingIsStored() {
        assumeFalse(WavRecorder.SYSTEM.isAvailable(WavRecorder.FORMAT), "this machine has a microphone");
        assertFalse(session.recorder().microphoneAvailable());

        NoMicrophoneException e = assertThrows(NoMicrophoneException.class,
                () -> session.recorder().start(interview.id(), "x.wav"));

        assertTrue(e.getMessage().startsWith("No microphone was found"), e.getMessage());
        assertTrue(e.getMessage().contains("44100 Hz 16-bit mono"), e.getMessage());
        assertEquals(List.of(), session.attachments().list(interview.id()));
    }

    @Test
    void noAudioConsentMeansTheMicrophoneIsNeverOpened() {
        Interview noAudio = session.interviews().save(interview.toBuilder()
                .consent(new Consent(true, false, false, false, false, false, null, null, null)).build());

        assertThrows(ConsentRequiredException.class, () -> recorder().start(noAudio.id(), "x.wav"));
        assertEquals(0, opened.get());
    }

    @Test
    void aRecordingInterruptedByACrashKeepsWhatWasStored() throws Exception {
        LocalAttachmentService local = (LocalAttachmentService) session.attachments();
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (int n = 0; n < 200_000; n++) {
            short s = SyntheticLine.sample(n);
            pcm.write(s & 0xff);
            pcm.write(s >> 8 & 0xff);
        }
        InputStream wav = new SequenceInputStream(new ByteArrayInputStream(WavHeader.streaming(WavRecorder.FORMAT)),
                new ByteArrayInputStream(pcm.toByteArray()));
        // Stored part by part but never finished: what a kill -9 during a recording leaves.
        local.stream(interview.id(), "cut.wav", "audio/wav", wav, -1, null, WavRecorder.PART_SIZE);
        assertEquals(List.of(), session.attachments().list(interview.id()));
        session.close();

        session = Fixtures.fastVaults().open(temp.resolve("vault"), Fixtures.passphrase());

        Attachment recovered = session.attachments().list(interview.id()).get(0);
        assertEquals(44 + 400_000, recovered.size());
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(
                new BufferedInputStream(session.attachments().open(recovered.id())))) {
            assertEquals(200_000, audio.getFrameLength());
        }
        byte[] all = session.attachments().open(recovered.id()).readAllBytes();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)), recovered.sha256());
    }
}
