package app.caravan.app;

import app.caravan.domain.SyncTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs sync rounds by itself, on one daemon thread: when something new was sealed
 * ({@link #trigger}), when a target comes back (a stick plugged in, the network back), and every
 * {@code interval}. Targets are checked every {@code min(interval, CHECK_PERIOD)}, so a plugged-in
 * stick is noticed within seconds even when rounds are minutes apart.
 *
 * <p>No round runs while no target is reachable: it could only fail, and each failure would push
 * the outbox's backoff further out. A trigger then waits for the first reachable target.
 */
public final class AutoSync implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AutoSync.class.getName());
    /** Longest pause between two reachability checks. */
    static final Duration CHECK_PERIOD = Duration.ofSeconds(10);
    /** How long {@link #close} waits for a running round (a large upload) before giving up on it. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final SyncService sync;
    private final Runnable round;
    private final Duration interval;
    private final long checkMillis;
    private final Clock clock;
    private final Object lock = new Object();
    private final Thread thread;
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong rounds = new AtomicLong();

    private boolean started;
    private boolean closed;
    private boolean triggered;
    /** A trigger since the current check began: skip the pause (a trigger itself may wait for a target). */
    private boolean woken;
    private Set<UUID> reachableBefore = Set.of();
    private volatile Instant lastRun;
    private volatile String lastError;
    private volatile boolean paused;

    /**
     * @param round does one sync (the caller delivers and pulls); called from this object's own
     *     thread, never two at once
     */
    public AutoSync(SyncService sync, Runnable round, Duration interval, Clock clock) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.round = Objects.requireNonNull(round, "round");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The automatic sync interval must be positive, not " + interval);
        }
        this.interval = interval;
        this.checkMillis = Math.max(1, Math.min(interval.toMillis(), CHECK_PERIOD.toMillis()));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::loop, "caravan-autosync");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Automatic sync stopped", e));
    }

    /** Starts the thread; the first check follows at once. */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException("Automatic sync was already " + (closed ? "closed" : "started"));
            }
            started = true;
        }
        thread.start();
    }

    /** Something new was sealed: a round runs at the next check, which follows at once. */
    public void trigger() {
        synchronized (lock) {
            triggered = true;
            woken = true;
            lock.notifyAll();
        }
    }

    /** Stops the thread; waits (bounded) for a running round, which is never interrupted mid-write. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (!thread.isAlive() || Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warning("Automatic sync still busy with a round " + CLOSE_WAIT.toSeconds()
                    + " s after closing; it stops when the round ends");
        }
    }

    /** Paused, it checks nothing and runs no round until resumed; a trigger meanwhile is kept. */
    public void setPaused(boolean pause) {
        paused = pause;
        if (!pause) {
            synchronized (lock) {
                woken = true;
                lock.notifyAll();
            }
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** When the last round started. */
    public Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** What the last round failed with; empty after a round that went through. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** For tests: checks and rounds done so far, and whether the thread runs. */
    long checks() {
        return checks.get();
    }

    long rounds() {
        return rounds.get();
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    private void loop() {
        while (true) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                woken = false;
            }
            try {
                check();
            } catch (RuntimeException e) {
                // The vault closing under us, mostly; the next check tries again or finds us closed.
                LOG.log(Level.FINE, "Automatic sync check failed", e);
            }
            checks.incrementAndGet();
            synchronized (lock) {
                if (!woken && !closed) {
                    try {
                        lock.wait(checkMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void check() {
        if (paused) {
            return;
        }
        List<SyncTarget> targets = sync.targets();
        if (targets.isEmpty()) {
            reachableBefore = Set.of();
            return;
        }
        Set<UUID> reachable = new HashSet<>();
        for (SyncTarget target : targets) {
            if (isClosed()) {
                return;
            }
            if (reachable(target)) {
                reachable.add(target.id());
            }
        }
        boolean back = !reachableBefore.containsAll(reachable);
        reachableBefore = Set.copyOf(reachable);
        if (reachable.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean due = lastRun == null || !now.isBefore(lastRun.plus(interval));
        boolean wanted;
        synchronized (lock) {
            if (closed) {
                return;
            }
            wanted = triggered || back || due;
            triggered = false;
        }
        if (wanted) {
            runRound(now);
        }
    }

    private boolean reachable(SyncTarget target) {
        try {
            return sync.reachable(target.id());
        } catch (RuntimeException e) {
            // Removed meanwhile, or a damaged entry: treated as away; the round reports the details.
            return false;
        }
    }

    private void runRound(Instant now) {
        lastRun = now;
        try {
            round.run();
            lastError = null;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            lastError = message;
            LOG.log(Level.WARNING, "Automatic sync round failed: " + message, e);
        } finally {
            rounds.incrementAndGet();
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
