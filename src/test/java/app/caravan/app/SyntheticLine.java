package app.caravan.app;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line that "hears" a 440 Hz tone at twenty times real speed, behaving like a real
 * TargetDataLine: read blocks until data is there, stop ends a blocked read early and keeps
 * what is buffered for draining. Sample n is {@link #sample(long)}, so a test can check every
 * byte that reached the vault.
 */
final class SyntheticLine implements TargetDataLine {
    private static final int SPEEDUP = 20;
    private final AudioFormat format;
    private long produced;
    private long capturedBeforeStart;
    private long startedNanos;
    private boolean open;
    private volatile boolean running;

    SyntheticLine(AudioFormat format) {
        this.format = format;
    }

    static short sample(long n) {
        return (short) Math.round(8000 * Math.sin(2 * Math.PI * 440 * n / 44_100.0));
    }

    /** Frames the "microphone" has captured by now; frozen while stopped. */
    private synchronized long capturedFrames() {
        if (!running) {
            return capturedBeforeStart;
        }
        return capturedBeforeStart
                + (long) ((System.nanoTime() - startedNanos) / 1e9 * format.getFrameRate() * SPEEDUP);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len % format.getFrameSize() != 0) {
            throw new IllegalArgumentException("not a whole number of frames");
        }
        int frames = len / 2;
        int done = 0;
        while (done < frames) {
            long ready;
            synchronized (this) {
                ready = capturedFrames() - produced;
            }
            if (ready <= 0) {
                if (!running) {
                    break;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                continue;
            }
            int n = (int) Math.min(ready, frames - done);
            synchronized (this) {
                for (int i = 0; i < n; i++) {
                    short s = sample(produced++);
                    b[off + 2 * (done + i)] = (byte) s;
                    b[off + 2 * (done + i) + 1] = (byte) (s >> 8);
                }
            }
            done += n;
        }
        return done * 2;
    }

    @Override
    public synchronized int available() {
        return (int) Math.max(0, Math.min(capturedFrames() - produced, 1 << 20)) * 2;
    }

    @Override
    public synchronized void start() {
        startedNanos = System.nanoTime();
        running = true;
    }

    /** What was captured before stopping stays buffered, to be drained with read/available. */
    @Override
    public synchronized void stop() {
        capturedBeforeStart = capturedFrames();
        running = false;
    }

    @Override
    public long getLongFramePosition() {
        return capturedFrames();
    }

    @Override
    public long getMicrosecondPosition() {
        return (long) (getLongFramePosition() / format.getFrameRate() * 1_000_000);
    }

    @Override
    public void open(AudioFormat f, int bufferSize) {
        open = true;
    }

    @Override
    public void open(AudioFormat f) {
        open = true;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public synchronized void close() {
        open = false;
        stop();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public int getBufferSize() {
        return 1 << 20;
    }

    @Override
    public int getFramePosition() {
        return (int) getLongFramePosition();
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public void drain() {
        // nothing is played
    }

    @Override
    public void flush() {
        // the tone is endless; nothing to discard
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(TargetDataLine.class);
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {
        // no events
    }

    @Override
    public void removeLineListener(LineListener listener) {
        // no events
    }
}
