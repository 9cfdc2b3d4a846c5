package app.caravan.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one executor the UI hands vault, database and crypto work to. Daemon threads, so a
 * stuck task never keeps the process alive after the window is gone; named, so thread dumps
 * read well; uncaught errors are logged (class and stack only: messages come from our own
 * code and never contain interview text).
 */
public final class BackgroundExecutor {
    private static final Logger LOG = Logger.getLogger(BackgroundExecutor.class.getName());
    private static final int THREADS = 3;

    private BackgroundExecutor() {
    }

    public static ExecutorService create() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "caravan-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) ->
                    LOG.log(Level.SEVERE, "Uncaught error in " + t.getName(), e));
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
