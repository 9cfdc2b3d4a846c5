package app.caravan.app;

import app.caravan.domain.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.TargetDataLine;

/** A recording in progress (see {@link WavRecorder}). */
public final class Recording {
    private final TargetDataLine line;
    private final AudioFormat format;
    private final CompletableFuture<Attachment> result = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile long stored;

    Recording(TargetDataLine line, AudioFormat format) {
        this.line = line;
        this.format = format;
    }

    /** Bytes safely in the vault so far (the header included); grows a part at a time. */
    public long bytesStored() {
        return stored;
    }

    /** Recorded time so far, by the frames the line has captured. */
    public Duration elapsed() {
        return Duration.ofMillis(line.getMicrosecondPosition() / 1000);
    }

    public boolean isRecording() {
        return !result.isDone();
    }

    /**
     * Stops the microphone and waits until the rest is stored and the WAV header carries the
     * final length. Call it off the UI thread: it takes as long as storing the last part.
     *
     * @throws IOException when the recording could not be stored; nothing of it is kept
     */
    public Attachment stop() throws IOException {
        stopping = true;
        line.stop();
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the recording was being stored", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IOException(cause);
        }
    }

    /** The same outcome as {@link #stop()}, for callers that compose futures. */
    public CompletableFuture<Attachment> result() {
        return result;
    }

    void stored(long bytes) {
        stored = bytes;
    }

    void done(Attachment attachment) {
        result.complete(attachment);
    }

    void failed(Exception e) {
        result.completeExceptionally(e);
    }

    /**
     * The line's samples as a stream that ends once recording stops and the line's buffer is
     * drained. Reads whole frames only, as TargetDataLine requires.
     */
    InputStream samples() {
        return new InputStream() {
            private final byte[] chunk = new byte[Math.max(format.getFrameSize(), 1) * 2048];
            private int chunkLength;
            private int chunkPosition;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                while (chunkPosition >= chunkLength) {
                    if (!fill()) {
                        return -1;
                    }
                }
                int n = Math.min(len, chunkLength - chunkPosition);
                System.arraycopy(chunk, chunkPosition, b, off, n);
                chunkPosition += n;
                return n;
            }

            /** False at the end: stopped and nothing left in the line's buffer. */
            private boolean fill() {
                int frame = Math.max(format.getFrameSize(), 1);
                int want = chunk.length;
                if (stopping) {
                    int available = line.available();
                    want = Math.min(want, available - available % frame);
                    if (want <= 0) {
                        return false;
                    }
                }
                int n;
                try {
                    n = line.read(chunk, 0, want);
                } catch (IllegalArgumentException e) {
                    throw new UncheckedIOException(new IOException("The microphone line failed: " + e.getMessage(), e));
                }
                chunkLength = Math.max(n, 0);
                chunkPosition = 0;
                // A line closed under us (device unplugged) returns 0 forever: end the recording there.
                return n > 0 || !stopping && line.isOpen();
            }
        };
    }
}
