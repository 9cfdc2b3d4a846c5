package app.caravan.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Records from the microphone straight into the vault as a WAV attachment: samples go from the
 * capture line through the attachment's part stream into the encrypted database, never into a
 * file. The content is committed every {@link #PART_SIZE} bytes, so a crash costs the last few
 * seconds of a recording, not all of it (the vault keeps the rest when it is next opened).
 */
public final class WavRecorder {
    private static final Logger LOG = Logger.getLogger(WavRecorder.class.getName());

    /** 44.1 kHz, 16-bit, mono, signed little-endian PCM: clear speech, 5 MB a minute, plays everywhere. */
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);

    /** About 3 s of {@link #FORMAT}: the most a crash can take from a recording. */
    static final int PART_SIZE = 256 * 1024;

    /** Where capture lines come from: the sound system, or a synthetic line in tests. */
    public interface LineSource {
        boolean isAvailable(AudioFormat format);

        /** An open (not yet started) line for {@code format}. */
        TargetDataLine open(AudioFormat format) throws NoMicrophoneException;
    }

    /** The computer's sound system ({@code javax.sound.sampled}). */
    public static final LineSource SYSTEM = new LineSource() {
        @Override
        public boolean isAvailable(AudioFormat format) {
            try {
                return AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, format));
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public TargetDataLine open(AudioFormat format) throws NoMicrophoneException {
            DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
            if (!isAvailable(format)) {
                throw new NoMicrophoneException("No microphone was found: this computer offers no audio input that"
                        + " records " + describe(format) + ". Connect a microphone, or add a recording made on a"
                        + " phone as an attachment.", null);
            }
            try {
                TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
                line.open(format);
                return line;
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                throw new NoMicrophoneException("The microphone cannot be used right now (another program may be"
                        + " using it): " + e.getMessage(), e);
            }
        }
    };

    private final LocalAttachmentService attachments;
    private final LineSource lines;
    private final AudioFormat format;
    private final Set<Recording> running = ConcurrentHashMap.newKeySet();

    WavRecorder(LocalAttachmentService attachments, LineSource lines, AudioFormat format) {
        this.attachments = attachments;
        this.lines = lines;
        this.format = format;
    }

    /** True when a microphone can record now; the editor shows the record button only then. */
    public boolean microphoneAvailable() {
        return lines.isAvailable(format);
    }

    public AudioFormat format() {
        return format;
    }

    /**
     * Starts recording into a new attachment {@code fileName} of the interview. The consent and
     * the microphone are checked before anything is stored.
     *
     * @throws ConsentRequiredException without audio-recording consent
     * @throws NoMicrophoneException when there is no usable microphone, with a message that says so
     */
    public Recording start(UUID interviewId, String fileName) throws NoMicrophoneException {
        Objects.requireNonNull(interviewId, "interviewId");
        attachments.checkMayAttach(interviewId, "audio/wav");
        TargetDataLine line = lines.open(format);
        Recording recording = new Recording(line, format);
        InputStream wav = new SequenceInputStream(new ByteArrayInputStream(WavHeader.streaming(format)),
                recording.samples());
        Thread worker = new Thread(() -> {
            try {
                LocalAttachmentService.Streamed streamed = attachments.stream(interviewId, fileName, "audio/wav", wav,
                        -1, recording::stored, PART_SIZE);
                recording.done(attachments.finishStreamedWav(streamed.id()));
            } catch (IOException | RuntimeException e) {
                recording.failed(e);
            } finally {
                line.close();
            }
        }, "caravan-recorder");
        worker.setDaemon(true);
        running.add(recording);
        recording.result().whenComplete((a, e) -> running.remove(recording));
        line.start();
        worker.start();
        return recording;
    }

    /**
     * Stops and stores every recording still running; the session calls it before locking the
     * vault, so locking in the middle of an interview keeps the recording.
     */
    void stopAll() {
        for (Recording recording : List.copyOf(running)) {
            try {
                recording.stop();
            } catch (IOException | RuntimeException e) {
                // Stored parts stay in the vault and are recovered when it is next opened.
                LOG.warning("A recording could not be finished before locking: " + e.getClass().getSimpleName());
            }
        }
    }

    static String describe(AudioFormat format) {
        return Math.round(format.getSampleRate()) + " Hz " + format.getSampleSizeInBits() + "-bit "
                + (format.getChannels() == 1 ? "mono" : format.getChannels() + "-channel") + " sound";
    }
}
