package app.caravan.ui.editor;

import app.caravan.domain.Timecode;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The interview's stopwatch: started when the conversation starts, paused for a tea break,
 * read for {@code [hh:mm:ss]} marks and note times. Counts a monotonic clock, so changing the
 * laptop's time zone in a new country does not move it. Not thread-safe; used on the FX thread.
 */
public final class InterviewTimer {
    private final LongSupplier nanoClock;
    private long accumulatedNanos;
    private long startedAt;
    private boolean running;

    public InterviewTimer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public static InterviewTimer system() {
        return new InterviewTimer(System::nanoTime);
    }

    public boolean isRunning() {
        return running;
    }

    public void start() {
        if (!running) {
            startedAt = nanoClock.getAsLong();
            running = true;
        }
    }

    public void pause() {
        if (running) {
            accumulatedNanos += nanoClock.getAsLong() - startedAt;
            running = false;
        }
    }

    /** Start/pause in one key (Ctrl+T). */
    public void toggle() {
        if (running) {
            pause();
        } else {
            start();
        }
    }

    public Duration elapsed() {
        long nanos = accumulatedNanos + (running ? nanoClock.getAsLong() - startedAt : 0);
        Duration elapsed = Duration.ofNanos(nanos);
        return elapsed.compareTo(Timecode.MAX) > 0 ? Timecode.MAX : elapsed;
    }

    /** The mark inserted into the transcript: {@code [00:12:30]}. */
    public String mark() {
        return "[" + Timecode.format(elapsed()) + "]";
    }
}
