package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.exchange.AttachmentSink;
import app.caravan.exchange.Bundle;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleManifest;
import app.caravan.exchange.BundleReader;
import app.caravan.exchange.TrustPolicy;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Reads a bundle (decryption, unzip, hashes, JSON) on a thread of its own while the import
 * transaction merges the interviews read so far (ADR 0008, "Import overlapped with reading"). Only the transaction's
 * thread touches the vault: the reader's calls into it (the trust policy, the attachment sink)
 * are handed over and run there while the reader waits. All-or-nothing is kept because the
 * transaction commits only after {@link #next} returned {@link Done}, which the reader sends
 * once the whole bundle verified; any failure arrives as the exception it was.
 */
final class BundlePipe implements AutoCloseable {
    /**
     * Items read ahead of the merge at most. Far enough that the reader keeps going while the
     * merge sits in one of the vault's page writes (100 ms and more): with 64 the merge waited
     * about a second per 10,000 interviews for a reader that had been held back.
     */
    private static final int CAPACITY = 1024;
    /** Transcript characters read ahead at most, in KiB-sized permits: bounds memory (2 bytes a char) whatever the interviews' length. */
    private static final int AHEAD_KCHARS = 8 * 1024;

    sealed interface Item permits Begin, Read, Done, Call, Failed {
    }

    /** The manifest and what vocabulary.json adds, before any interview. */
    record Begin(BundleManifest manifest, List<City> newCities, List<Profession> newProfessions,
            List<Theme> newThemes) implements Item {
    }

    /** One interview whose entry matched the manifest. */
    record Read(IdentifiedInterview interview) implements Item {
    }

    /** The whole bundle verified; its interviews went as {@link Read}s. */
    record Done(Bundle bundle) implements Item {
    }

    /** Work the reader needs done on the transaction's thread. */
    record Call(Work work, CompletableFuture<Void> done) implements Item {
    }

    record Failed(Throwable thrown) implements Item {
    }

    /** How the bundle is opened, given the reader's side of the pipe. */
    interface Reading {
        Bundle read(BundleReader.InterviewSink interviews, TrustPolicy trust, AttachmentSink attachments)
                throws BundleException;
    }

    interface Work {
        void run() throws IOException, BundleException;
    }

    private final BlockingQueue<Item> queue;
    private final Semaphore ahead;
    private final int aheadKChars;
    private final Thread thread;
    private volatile boolean closed;

    /** Starts reading; {@code trust} and {@code attachments} run on the thread that calls {@link #next}. */
    BundlePipe(Reading reading, TrustPolicy trust, AttachmentSink attachments) {
        this(reading, trust, attachments, CAPACITY, AHEAD_KCHARS);
    }

    /** {@code capacity} items and {@code aheadKChars} KiB of transcript read ahead at most (tests make them small). */
    BundlePipe(Reading reading, TrustPolicy trust, AttachmentSink attachments, int capacity, int aheadKChars) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.ahead = new Semaphore(aheadKChars);
        this.aheadKChars = aheadKChars;
        BundleReader.InterviewSink interviews = new BundleReader.InterviewSink() {
            @Override
            public void begin(BundleManifest manifest, List<City> cities, List<Profession> professions,
                    List<Theme> themes) {
                put(new Begin(manifest, cities, professions, themes));
            }

            @Override
            public void accept(IdentifiedInterview interview) {
                put(new Read(interview));
            }
        };
        TrustPolicy handedTrust = (deviceId, key) -> {
            try {
                call(() -> trust.check(deviceId, key));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        AttachmentSink handedSink = (attachment, content) -> {
            try {
                call(() -> attachments.accept(attachment, content));
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        };
        thread = new Thread(() -> {
            try {
                put(new Done(reading.read(interviews, handedTrust, handedSink)));
            } catch (Closed e) {
                // The transaction gave up first; nobody waits for the rest.
            } catch (BundleException | RuntimeException | Error e) {
                putFailure(e);
            }
        }, "bundle-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next item: a {@link Begin}, a {@link Read} or, last, {@link Done}. Calls from the
     * reader run here in between; the reader's failure is thrown as it was.
     */
    Item next() throws BundleException {
        while (true) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("import cancelled");
            }
            ahead.release(weight(item));
            if (item instanceof Call call) {
                try {
                    call.work().run();
                    call.done().complete(null);
                } catch (Throwable t) {
                    call.done().completeExceptionally(t);
                }
            } else if (item instanceof Failed failed) {
                Throwable t = failed.thrown();
                if (t instanceof BundleException e) {
                    throw e;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            } else {
                return item;
            }
        }
    }

    /** Stops the reader if it still runs and waits for it: it must not outlive the key it decrypts with. */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            thread.interrupt();
            queue.clear();
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void call(Work work) throws IOException, BundleException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        put(new Call(work, done));
        try {
            done.get();
        } catch (InterruptedException e) {
            throw new Closed();
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof BundleException b) {
                throw b;
            }
            if (t instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) t;
        }
    }

    private void put(Item item) {
        if (closed) {
            throw new Closed();
        }
        int weight = weight(item);
        try {
            ahead.acquire(weight);
        } catch (InterruptedException e) {
            throw new Closed();
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            ahead.release(weight);
            throw new Closed();
        }
    }

    /** Permits an item holds while it waits: one per KiB of transcript; an interview longer than all of them takes all. */
    private int weight(Item item) {
        if (item instanceof Read read) {
            return (int) Math.min(aheadKChars, 1 + read.interview().interview().transcript().length() / 1024L);
        }
        return 0;
    }

    private void putFailure(Throwable t) {
        try {
            put(new Failed(t));
        } catch (Closed ignored) {
            // Nobody is waiting for the failure any more.
        }
    }

    /** Ends the reader's thread once the transaction stopped listening. */
    private static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("the import stopped before the bundle was read", null, false, false);
        }
    }
}
