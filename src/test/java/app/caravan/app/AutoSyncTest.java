package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic rounds against a real vault and a real folder target. The clock AutoSync compares
 * the interval with is frozen unless a test moves it, so a round can only come from the cause the
 * test provokes; checks still happen every few milliseconds of real time.
 */
class AutoSyncTest {
    static final Duration INTERVAL = Duration.ofMillis(15);

    @TempDir
    Path temp;
    VaultSession session;
    Path stick;
    final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    final Semaphore roundsDone = new Semaphore(0);
    final AtomicInteger rounds = new AtomicInteger();
    AutoSync auto;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        stick = temp.resolve("stick");
    }

    @AfterEach
    void close() {
        if (auto != null) {
            auto.close();
        }
        session.close();
    }

    AutoSync start(Runnable round) {
        auto = new AutoSync(session.sync(), () -> {
            rounds.incrementAndGet();
            try {
                round.run();
            } finally {
                roundsDone.release();
            }
        }, INTERVAL, clock);
        auto.start();
        return auto;
    }

    AutoSync start() {
        return start(() -> { });
    }

    void awaitRound() throws InterruptedException {
        assertTrue(roundsDone.tryAcquire(20, TimeUnit.SECONDS), "no round ran");
    }

    /** Waits until {@code more} further checks are complete: a round decided by one ends before the next check. */
    void awaitChecks(int more) throws InterruptedException {
        long target = auto.checks() + more;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (auto.checks() < target) {
            assertTrue(System.nanoTime() < deadline, "the checks stopped");
            Thread.sleep(2);
        }
    }

    @Test
    void withoutTargetsNothingRunsAndATriggerWaitsForOne() throws Exception {
        start();
        auto.trigger();
        awaitChecks(3);
        assertEquals(0, rounds.get());
        assertEquals(Optional.empty(), auto.lastRun());

        session.sync().addFolder(stick);
        awaitChecks(3);
        assertEquals(0, rounds.get(), "the folder is not there yet: a round could only fail");

        Files.createDirectories(stick);
        awaitRound();
        assertEquals(Optional.of(clock.instant()), auto.lastRun());
    }

    @Test
    void aTargetThatComesBackStartsARound() throws Exception {
        Files.createDirectories(stick);
        session.sync().addFolder(stick);
        start();
        awaitRound();

        Files.delete(stick);
        awaitChecks(3);
        assertEquals(1, rounds.get(), "unplugged: no round, and the interval has not passed on the clock");

        Files.createDirectories(stick);
        awaitRound();
        awaitChecks(3);
        assertEquals(2, rounds.get(), "one round for coming back, not one per check");
    }

    @Test
    void aTriggerStartsARound() throws Exception {
        Files.createDirectories(stick);
        session.sync().addFolder(stick);
        start();
        awaitRound();
        awaitChecks(3);
        assertEquals(1, rounds.get());

        auto.trigger();
        awaitRound();
        awaitChecks(2);
        assertEquals(2, rounds.get());
    }

    @Test
    void theIntervalStartsARound() throws Exception {
        Files.createDirectories(stick);
        session.sync().addFolder(stick);
        start();
        awaitRound();
        awaitChecks(3);
        assertEquals(1, rounds.get());

        clock.advance(INTERVAL);
        awaitRound();
        assertEquals(Optional.of(clock.instant()), auto.lastRun());
    }

    @Test
    void aFailingRoundIsKeptAsLastErrorAndTheLoopGoesOn() throws Exception {
        Files.createDirectories(stick);
        session.sync().addFolder(stick);
        AtomicBoolean fail = new AtomicBoolean(true);
        start(() -> {
            if (fail.get()) {
                throw new IllegalStateException("folder /media/stick: disk full");
            }
        });
        awaitRound();
        awaitChecks(1);
        assertEquals(Optional.of("folder /media/stick: disk full"), auto.lastError());
        assertTrue(auto.isRunning());

        fail.set(false);
        auto.trigger();
        awaitRound();
        awaitChecks(1);
        assertEquals(Optional.empty(), auto.lastError());
    }

    @Test
    void closeWaitsForTheRunningRoundAndStopsTheThread() throws Exception {
        Files.createDirectories(stick);
        session.sync().addFolder(stick);
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean roundEnded = new AtomicBoolean();
        start(() -> {
            inRound.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            roundEnded.set(true);
        });
        assertTrue(inRound.await(20, TimeUnit.SECONDS));
        AtomicBoolean endedWhenClosed = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            auto.close();
            endedWhenClosed.set(roundEnded.get());
        });
        closer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (closer.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            // Releasing the round only once close() is waiting makes an early return show.
            Thread.sleep(2);
        }
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(40));
        assertFalse(closer.isAlive());
        assertTrue(endedWhenClosed.get(), "close returned before the round ended");
        assertFalse(auto.isRunning(), "the thread still runs after close");

        long checks = auto.checks();
        auto.trigger();
        assertEquals(checks, auto.checks());
        assertThrows(IllegalStateException.class, auto::start);
    }

    @Test
    void closeWithoutStartAndTwiceIsHarmless() {
        AutoSync idle = new AutoSync(session.sync(), () -> { }, INTERVAL, clock);
        idle.close();
        idle.close();
        assertFalse(idle.isRunning());
        assertThrows(IllegalArgumentException.class, () -> new AutoSync(session.sync(), () -> { }, Duration.ZERO,
                clock));
    }

    /** A clock that moves only when told. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
