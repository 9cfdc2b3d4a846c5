package app.caravan.storage;

import app.caravan.domain.SearchTokens;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits and folds the texts of a batch's new interviews on a second thread, up to
 * {@value #AHEAD} interviews ahead of the thread writing the vault (ADR 0008, "Bulk writes"):
 * tokenizing is pure computation, so on a machine with two cores it runs while the rows of the
 * interviews before are written. Results come back strictly in the order the interviews were
 * offered, so term ids and document numbers are the same as without it. Lives for one batch;
 * nothing leaves memory.
 */
final class TokenizeAhead implements AutoCloseable {
    static final int AHEAD = 32;

    /**
     * The searchable texts of an interview: its distinct words in the order first seen, and
     * every text as indexes into them. Why indexes: the writing thread then maps each distinct
     * word to its term id once and each word of the text by an array lookup; it looked every
     * word of the text up in a hash map before (about a tenth of an import's writing thread).
     */
    record Tokenized(SearchSources sources, TermPool.Term[] terms, List<int[]> texts) {
        String[] termTexts() {
            String[] out = new String[terms.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = terms[i].text;
            }
            return out;
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "caravan-search-tokenizer");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Future<Tokenized>> pending = new ArrayDeque<>();
    private final List<UUID> pendingIds = new ArrayList<>();
    /** The batch's words: only ever touched on the worker's thread. */
    private final TermPool pool = new TermPool();

    /** Tokenizes one interview on the caller's thread, with words of its own (not shared with a batch). */
    static Tokenized tokenize(SearchSources sources) {
        return tokenize(sources, new TermPool());
    }

    static Tokenized tokenize(SearchSources sources, TermPool pool) {
        Collector words = new Collector(pool);
        List<int[]> texts = new ArrayList<>();
        for (String text : texts(sources)) {
            if (text != null) {
                char[] chars = pool.textBuffer(text.length());
                text.getChars(0, text.length(), chars, 0);
                SearchTokens.forEachWord(chars, text.length(), words);
            }
            texts.add(words.sequence());
        }
        return new Tokenized(sources, words.distinct.toArray(new TermPool.Term[0]), texts);
    }

    /** Turns the words of one interview's texts into indexes into its distinct terms. */
    private static final class Collector implements SearchTokens.WordSink {
        private final TermPool pool;
        private final int stamp;
        final List<TermPool.Term> distinct = new ArrayList<>();
        private int[] sequence = new int[256];
        private int length;

        Collector(TermPool pool) {
            this.pool = pool;
            this.stamp = pool.nextStamp();
        }

        @Override
        public void word(char[] text, int start, int end) {
            TermPool.Term term = pool.word(text, start, end);
            if (term == null) {
                return;
            }
            if (term.stamp != stamp) {
                term.stamp = stamp;
                term.local = distinct.size();
                distinct.add(term);
            }
            if (length == sequence.length) {
                sequence = Arrays.copyOf(sequence, length * 2);
            }
            sequence[length++] = term.local;
        }

        /** The text just collected, as indexes; starts the next one. */
        int[] sequence() {
            int[] out = Arrays.copyOf(sequence, length);
            length = 0;
            return out;
        }
    }

    /** Every searchable text of the interview, in the order the index stores them. */
    private static List<String> texts(SearchSources s) {
        List<String> texts = new ArrayList<>();
        texts.add(s.pseudonym());
        texts.add(s.transcript());
        texts.addAll(s.notes());
        s.memos().forEach(m -> texts.add(m.text()));
        s.comments().forEach(m -> texts.add(m.text()));
        return texts;
    }

    /** True when {@code interviewId} waits here: its earlier version must be indexed before a new one is offered. */
    boolean holds(UUID interviewId) {
        return pendingIds.contains(interviewId);
    }

    /** Queues {@code sources}; returns the oldest interview, tokenized, once more than {@value #AHEAD} wait. */
    Tokenized offer(SearchSources sources) throws SQLException {
        pending.add(worker.submit(() -> tokenize(sources, pool)));
        pendingIds.add(sources.id());
        return pending.size() > AHEAD ? next() : null;
    }

    /** The oldest waiting interview, tokenized (waiting for it if need be); null when none waits. */
    Tokenized next() throws SQLException {
        Future<Tokenized> oldest = pending.poll();
        if (oldest == null) {
            return null;
        }
        pendingIds.remove(0);
        try {
            return oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while indexing the interviews of an import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new SQLException("Indexing the interviews of an import failed", e.getCause());
        }
    }

    /** Drops whatever still waits (a batch that fails) and ends the thread. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        pendingIds.clear();
        worker.shutdownNow();
    }
}
