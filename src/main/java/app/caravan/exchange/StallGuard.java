package app.caravan.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drops a download that stops sending. HttpClient's timeouts end when the response headers
 * arrive; a server (or a hostel's Wi-Fi) that then goes silent would hold a sync round, and with
 * it the Sync now button and the automatic sync, for ever. The watch closes the stream after
 * {@code idle} without a byte, which ends the blocked read.
 */
final class StallGuard extends FilterInputStream {
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "caravan-download-watch");
        t.setDaemon(true);
        return t;
    });

    private final Duration idle;
    private final String what;
    private final ScheduledFuture<?> check;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(InputStream in, Duration idle, String what) {
        super(in);
        this.idle = idle;
        this.what = what;
        long period = Math.max(20, idle.toMillis() / 4);
        this.check = WATCH.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (System.nanoTime() - lastProgress > idle.toNanos()) {
            stalled = true;
            check.cancel(false);
            try {
                in.close();
            } catch (IOException e) {
                // Closing is all that is wanted; the reader gets the reason below.
            }
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            lastProgress = System.nanoTime();
            return stalledOr(b);
        } catch (IOException e) {
            throw stalled ? stalledException(e) : e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            lastProgress = System.nanoTime();
            return stalledOr(n);
        } catch (IOException e) {
            throw stalled ? stalledException(e) : e;
        }
    }

    /** A stream closed under the reader may answer "end": that must not pass for a complete file. */
    private int stalledOr(int result) throws IOException {
        if (stalled) {
            throw stalledException(null);
        }
        return result;
    }

    private IOException stalledException(IOException cause) {
        return new IOException(what + ": no data for " + idle.toSeconds() + " s; the download was dropped and is"
                + " tried again at the next sync", cause);
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }
}
