package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Interview;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reader runs ahead of the merge by at most so many transcript characters, and never stalls on one longer than that. */
class BundlePipeTest {
    static IdentifiedInterview interview(int n, int chars) {
        return new IdentifiedInterview(Interview.builder(new UUID(9, n), "P" + n, OffsetDateTime.parse("2022-10-01T10:00:00+03:00"))
                .transcript("ж".repeat(chars)).build(), null);
    }

    @Test
    void theReaderStopsWhenTheTranscriptsAheadFillTheBudgetAndGoesOnAsTheyAreTaken() throws Exception {
        AtomicInteger handed = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(1);
        // 10 KiB of transcript ahead at most; interviews of 3 KiB weigh 4 permits: two fit, the third waits.
        BundlePipe.Reading reading = (sink, trust, attachments) -> {
            for (int n = 0; n < 6; n++) {
                sink.accept(interview(n, 3 * 1024));
                handed.incrementAndGet();
            }
            sink.accept(interview(6, 100 * 1024)); // longer than the whole budget: passes alone
            handed.incrementAndGet();
            finished.countDown();
            return null;
        };
        try (BundlePipe pipe = new BundlePipe(reading, (d, k) -> { }, (a, c) -> { }, 1000, 10)) {
            waitUntilSteady(handed);
            assertEquals(2, handed.get());
            for (int n = 0; n < 6; n++) {
                BundlePipe.Item item = pipe.next();
                assertEquals(new UUID(9, n), assertInstanceOf(BundlePipe.Read.class, item).interview().interview().id());
            }
            assertEquals(new UUID(9, 6), ((BundlePipe.Read) pipe.next()).interview().interview().id());
            assertTrue(finished.await(10, TimeUnit.SECONDS));
            assertInstanceOf(BundlePipe.Done.class, pipe.next());
        }
    }

    @Test
    void closingStopsAReaderThatWaitsForRoom() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Thread[] reader = new Thread[1];
        BundlePipe.Reading reading = (sink, trust, attachments) -> {
            reader[0] = Thread.currentThread();
            started.countDown();
            for (int n = 0; ; n++) {
                sink.accept(interview(n, 8 * 1024));
            }
        };
        BundlePipe pipe = new BundlePipe(reading, (d, k) -> { }, (a, c) -> { }, 1000, 10);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        pipe.next();
        pipe.close();
        assertFalse(reader[0].isAlive());
    }

    /** Waits until the reader has handed over nothing new for a while. */
    private static void waitUntilSteady(AtomicInteger handed) throws InterruptedException {
        int last = -1;
        while (handed.get() != last) {
            last = handed.get();
            Thread.sleep(300);
        }
    }
}
