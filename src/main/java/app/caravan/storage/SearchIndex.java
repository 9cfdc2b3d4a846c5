package app.caravan.storage;

import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The full-text index of one vault (ADR 0008): a term dictionary, postings keyed (term, doc)
 * and one document row per interview, in the encrypted database. As an
 * {@link InterviewListener} it updates them inside the transaction of every change, so the
 * index commits or rolls back with the interviews and is always exact.
 */
public final class SearchIndex implements InterviewListener {
    /** Interviews indexed per transaction when an existing vault is indexed for the first time. */
    private static final int BUILD_BATCH = 200;
    static final Tuning DEFAULT_TUNING = new Tuning(PostingQuery.PROBE, 64, 4_096, PostingQuery.MAX_LOOKUPS);
    private final Vault vault;
    private final Tuning tuning;
    private final int batchPostings;
    /** Read and replaced only under the vault's lock (inside read/write); null when a write may have changed it. */
    private DocTable docTable;
    /**
     * The current batch (one import transaction): its term ids, so that ten thousand interviews
     * do not look up the same common words ten thousand times, and its new documents, written
     * sorted before the commit. Only ever lives inside one transaction: nothing of a transaction
     * that rolls back leaks out.
     */
    private SearchBatch batch;
    /** The current batch's new interviews, tokenized on a second thread ahead of the writes. */
    private TokenizeAhead ahead;

    public SearchIndex(Vault vault) {
        this(vault, DEFAULT_TUNING);
    }

    SearchIndex(Vault vault, Tuning tuning) {
        this(vault, tuning, SearchBatch.MAX_POSTINGS);
    }

    /** {@code batchPostings}: postings a batch holds back at most before writing them (tests make it tiny). */
    SearchIndex(Vault vault, Tuning tuning, int batchPostings) {
        this.vault = vault;
        this.tuning = tuning;
        this.batchPostings = batchPostings;
    }

    /**
     * {@code probe}: postings read of a word before it counts as common; {@code walkChunk}: the
     * first chunk of newest documents checked when every word is common (chunks then double);
     * {@code walkLimit}: documents checked that way before the posting lists are read instead;
     * {@code maxLookups}: (document × term) point look-ups at most for checking one word.
     */
    record Tuning(int probe, int walkChunk, int walkLimit, int maxLookups) {
    }

    /** One alternative of a query part: a folded word, matched whole or (prefix) as a start. */
    public record Term(String term, boolean prefix) {
    }

    @Override
    public void interviewChanged(Connection c, InterviewChange change) throws SQLException {
        if (change.kind() == InterviewChange.Kind.CREATED || change.kind() == InterviewChange.Kind.IMPORTED) {
            SearchSources sources = SearchSourceRows.sources(change.after(), List.of());
            if (ahead == null) {
                index(c, TokenizeAhead.tokenize(sources), true);
                return;
            }
            if (ahead.holds(sources.id())) {
                drainAhead(c);
            }
            TokenizeAhead.Tokenized ready = ahead.offer(sources);
            if (ready != null) {
                index(c, ready, true);
            }
            return;
        }
        // A change to existing rows reads and writes them directly: nothing may be held back meanwhile.
        flushBatch(c);
        switch (change.kind()) {
            case UPDATED -> {
                if (sameText(change.before(), change.after())) {
                    if (!change.before().interviewedAt().isEqual(change.after().interviewedAt())) {
                        redate(c, change.id(), change.after().interviewedAt());
                    }
                } else {
                    index(c, TokenizeAhead.tokenize(SearchSourceRows.sources(change.after(),
                            SearchSourceRows.comments(c, change.id()))), false);
                }
            }
            case DELETED, PURGED -> remove(c, change.id());
            default -> throw new IllegalStateException("A new interview is indexed above, not here");
        }
        flushBatch(c);
    }

    @Override
    public void batchStarted() {
        batch = new SearchBatch(batchPostings);
        ahead = new TokenizeAhead();
    }

    @Override
    public void batchCompleted(Connection c) throws SQLException {
        flushBatch(c);
    }

    @Override
    public void batchEnded() {
        batch = null;
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
    }

    @Override
    public void commentsChanged(Connection c, UUID interviewId) throws SQLException {
        flushBatch(c);
        Optional<SearchSources> sources = SearchSourceRows.sources(c, interviewId);
        if (sources.isPresent()) {
            index(c, TokenizeAhead.tokenize(sources.get()), false);
        } else {
            remove(c, interviewId);
        }
        flushBatch(c);
    }

    /** Indexes the interviews still being tokenized ahead and writes everything held. */
    private void flushBatch(Connection c) throws SQLException {
        drainAhead(c);
        flushHeld(c);
    }

    private void drainAhead(Connection c) throws SQLException {
        if (ahead != null) {
            for (TokenizeAhead.Tokenized next = ahead.next(); next != null; next = ahead.next()) {
                index(c, next, true);
            }
        }
    }

    private void flushHeld(Connection c) throws SQLException {
        if (batch != null) {
            batch.flush(c);
        }
    }

    /**
     * Indexes the interviews that have no document yet — all of them in a vault created before
     * the index existed — in transactions of {@value #BUILD_BATCH}, so an interrupted build
     * resumes on the next open. Returns how many were indexed.
     */
    public int indexMissing() {
        List<UUID> missing = vault.read("finding unindexed interviews", SearchIndexRows::unindexed);
        for (int start = 0; start < missing.size(); start += BUILD_BATCH) {
            int from = start;
            vault.write("building the search index", c -> {
                batchStarted();
                try {
                    for (UUID id : missing.subList(from, Math.min(missing.size(), from + BUILD_BATCH))) {
                        Optional<SearchSources> sources = SearchSourceRows.sources(c, id);
                        if (sources.isPresent()) {
                            index(c, TokenizeAhead.tokenize(sources.get()), true);
                        }
                    }
                    batchCompleted(c);
                } finally {
                    batchEnded();
                }
                return null;
            });
        }
        return missing.size();
    }

    /** What {@link #find} found: interviews newest first; {@code total} is a lower bound unless {@code exact}. */
    public record Found(List<UUID> ids, int total, boolean exact) {
    }

    /**
     * The interviews containing every part of {@code query}, newest interview first, only among
     * {@code within} when it is not null. A part is a list of words that must follow each other
     * (one word, or a phrase); a word matches when any of its alternatives does. Phrases are
     * confirmed on the stored word sequence. All matches are returned when that is cheap (some
     * word is rare); when every word is common, the newest {@code enough} are found without
     * reading whole posting lists and the total is a lower bound.
     */
    public Found find(List<List<List<Term>>> query, Set<UUID> within, int enough) {
        return vault.read("searching", c -> {
            DocTable docs = docTable(c);
            List<int[]> words = new ArrayList<>();
            List<int[][]> phrases = new ArrayList<>();
            for (List<List<Term>> part : query) {
                int[][] ids = new int[part.size()][];
                for (int w = 0; w < part.size(); w++) {
                    ids[w] = PostingQuery.resolve(c, part.get(w));
                    words.add(ids[w]);
                }
                if (ids.length > 1) {
                    phrases.add(ids);
                }
            }
            PostingQuery postings = new PostingQuery(c, words, tuning.probe(), tuning.maxLookups());
            if (postings.impossible()) {
                return new Found(List.of(), 0, true);
            }
            int[] allowed = within == null ? null : docs.docsOf(within);
            try (PhraseCheck phrase = new PhraseCheck(c, phrases)) {
                int[] candidates = postings.candidates(allowed);
                if (candidates == null) {
                    Found walked = walk(docs, postings, phrase, allowed, enough, tuning);
                    if (walked != null) {
                        return walked;
                    }
                    candidates = postings.all(allowed);
                }
                return confirm(docs, docs.newestFirst(candidates), phrase, enough);
            }
        });
    }

    /** Interviews newest first until {@code enough} are confirmed; all of them when there is no phrase. */
    private static Found confirm(DocTable docs, List<Integer> ordered, PhraseCheck phrase, int enough)
            throws SQLException {
        if (phrase.none()) {
            return new Found(docs.ids(ordered), ordered.size(), true);
        }
        List<Integer> confirmed = new ArrayList<>();
        int checked = 0;
        for (int doc : ordered) {
            if (confirmed.size() >= enough) {
                break;
            }
            checked++;
            if (phrase.holds(doc)) {
                confirmed.add(doc);
            }
        }
        return new Found(docs.ids(confirmed), confirmed.size(), checked == ordered.size());
    }

    /**
     * Checks the newest documents in growing chunks until {@code enough} match; null when that
     * took too many documents (the hits are sparse, reading the postings is cheaper).
     */
    private static Found walk(DocTable docs, PostingQuery postings, PhraseCheck phrase, int[] allowed, int enough,
            Tuning tuning) throws SQLException {
        int[] order = docs.newestFirstOf(allowed);
        List<Integer> confirmed = new ArrayList<>();
        int from = 0;
        int chunk = tuning.walkChunk();
        while (from < order.length && confirmed.size() < enough) {
            if (from >= tuning.walkLimit()) {
                return null;
            }
            int to = Math.min(order.length, from + chunk);
            int[] slice = Arrays.copyOfRange(order, from, to);
            Arrays.sort(slice);
            List<Integer> matching = docs.newestFirst(postings.filter(slice));
            for (int i = 0; i < matching.size(); i++) {
                if (confirmed.size() >= enough) {
                    // Stopped inside the chunk: the rest was not looked at.
                    return new Found(docs.ids(confirmed), confirmed.size(), false);
                }
                if (phrase.holds(matching.get(i))) {
                    confirmed.add(matching.get(i));
                }
            }
            from = to;
            chunk = Math.min(chunk * 2, tuning.walkLimit());
        }
        return new Found(docs.ids(confirmed), confirmed.size(), from >= order.length);
    }

    /** The stored texts of an interview, or empty when it no longer exists. */
    public Optional<SearchSources> sources(UUID interviewId) {
        return vault.read("reading an interview for search", c -> SearchSourceRows.sources(c, interviewId));
    }

    /** The size of the index. */
    public record Stats(long documents, long terms, long postings) {
    }

    public Stats stats() {
        return vault.read("measuring the search index", c -> new Stats(
                SearchIndexRows.count(c, SearchIndexRows.COUNT_DOCS), SearchIndexRows.count(c, SearchIndexRows.COUNT_TERMS),
                PostingRows.count(c)));
    }

    /** Number of indexed interviews. */
    public int size() {
        return (int) stats().documents();
    }

    /** {@code fresh}: the interview is new in this transaction, so in a batch its rows may be held back. */
    private void index(Connection c, TokenizeAhead.Tokenized tokenized, boolean fresh) throws SQLException {
        SearchSources sources = tokenized.sources();
        int[] global;
        if (batch == null) {
            String[] terms = tokenized.termTexts();
            Map<String, Integer> known = SearchIndexRows.termIds(c, Arrays.asList(terms));
            global = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                global[i] = known.get(terms[i]);
            }
        } else {
            global = batch.termIds(c, tokenized.terms());
        }
        List<int[]> sequence = new ArrayList<>(tokenized.texts().size());
        for (int[] local : tokenized.texts()) {
            int[] ids = new int[local.length];
            for (int i = 0; i < local.length; i++) {
                ids[i] = global[local[i]];
            }
            sequence.add(ids);
        }
        byte[] encoded = TermSequence.encode(sequence);
        int[] ids = global.clone();
        Arrays.sort(ids);
        long sortKey = sortKey(sources.interviewedAt());
        docTable = null;
        if (batch != null && batch.holds(sources.id())) {
            // Indexed twice in one batch: write the first version so the second replaces it as usual.
            batch.flush(c);
        }
        Optional<SearchIndexRows.Doc> existing = SearchIndexRows.doc(c, sources.id());
        if (existing.isEmpty() && fresh && batch != null) {
            batch.add(c, sources.id(), sortKey, encoded, ids);
            return;
        }
        // Written directly from here on, against rows that must include everything held back (not
        // what is still tokenized ahead: those come later, in order).
        flushHeld(c);
        if (existing.isEmpty()) {
            int doc = SearchIndexRows.insertDoc(c, sources.id(), sortKey, encoded);
            PostingRows.insertPostings(c, doc, ids);
        } else {
            int doc = existing.get().doc();
            int[] old = existing.get().termIds();
            PostingRows.insertPostings(c, doc, minus(ids, old));
            forget(PostingRows.deletePostings(c, doc, minus(old, ids), SearchIndexRows.partitions(c)));
            SearchIndexRows.updateDoc(c, doc, sortKey, encoded);
        }
    }

    /** Terms just deleted from the dictionary must not be reused by the batch under their old ids. */
    private void forget(int[] deletedTermIds) {
        if (batch != null) {
            batch.forget(deletedTermIds);
        }
    }

    private void redate(Connection c, UUID id, OffsetDateTime at) throws SQLException {
        Optional<SearchIndexRows.Doc> existing = SearchIndexRows.doc(c, id);
        if (existing.isPresent()) {
            SearchIndexRows.redateDoc(c, existing.get().doc(), sortKey(at));
            docTable = null;
        }
    }

    private void remove(Connection c, UUID id) throws SQLException {
        Optional<SearchIndexRows.Doc> existing = SearchIndexRows.doc(c, id);
        if (existing.isPresent()) {
            forget(PostingRows.deletePostings(c, existing.get().doc(), existing.get().termIds(),
                    SearchIndexRows.partitions(c)));
            SearchIndexRows.deleteDoc(c, existing.get().doc());
            docTable = null;
        }
    }

    private DocTable docTable(Connection c) throws SQLException {
        if (docTable == null) {
            docTable = DocTable.load(c);
        }
        return docTable;
    }

    private static boolean sameText(Interview a, Interview b) {
        return a.pseudonym().equals(b.pseudonym()) && a.transcript().equals(b.transcript())
                && a.notes().stream().map(Note::text).toList().equals(b.notes().stream().map(Note::text).toList())
                && a.segments().stream().map(Segment::memo).toList()
                        .equals(b.segments().stream().map(Segment::memo).toList());
    }

    /** Orders like the library: by the instant of the interview. */
    static long sortKey(OffsetDateTime at) {
        return at.toInstant().getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    /** Sorted {@code a} without the elements of sorted {@code b}. */
    private static int[] minus(int[] a, int[] b) {
        int[] out = new int[a.length];
        int n = 0;
        for (int x : a) {
            if (Arrays.binarySearch(b, x) < 0) {
                out[n++] = x;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
