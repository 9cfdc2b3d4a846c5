package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The index rows of new documents in a bulk transaction (a bundle import, an interchange import),
 * held back and written sorted by key before the transaction commits (ADR 0008, "Bulk writes").
 * Written one document at a time, a document's postings land on a few hundred leaf pages
 * scattered over its partition, so every intermediate store of a large transaction rewrites
 * most of those pages and the commit reads them back; written sorted, each page is filled in
 * one pass and the commit walks them in order. Everything held here is also written inside the
 * same transaction, so after the commit the index is exact as before.
 *
 * <p>Only additions are held back. Whoever reads or changes existing index rows in the batch
 * must {@link #flush} first; the term ids remembered for the batch stay valid because a term is
 * only ever deleted through {@link #forget}.
 */
final class SearchBatch {
    /** Postings held before they are written anyway (8 bytes each): bounds the memory of a huge batch. */
    static final int MAX_POSTINGS = 2_000_000;
    private final int maxPostings;
    /** Sequence bytes held before they are written anyway. */
    static final int MAX_SEQUENCE_BYTES = 64 << 20;

    /** Term → id of every term looked up or added in this batch, including those not yet written. */
    private final Map<String, Integer> terms = new HashMap<>();
    private final List<String> newTerms = new ArrayList<>();
    /** Every Term whose id this batch filled in: {@link #forget} takes the ids of deleted terms back. */
    private final List<TermPool.Term> withIds = new ArrayList<>();
    private int firstNewTerm;
    private int nextTerm = -1;
    private int nextDoc = -1;
    private final List<Doc> docs = new ArrayList<>();
    private final Set<UUID> heldIds = new HashSet<>();
    private long sequenceBytes;
    private long[] postings = new long[1 << 16];
    /** RadixSort's second array, kept between sorts. */
    private long[] scratch;
    private int postingCount;

    private record Doc(int doc, UUID interviewId, long sortKey, byte[] sequence) {
    }

    SearchBatch(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /**
     * The ids of {@code distinct}, index by index; terms the dictionary lacks get new ids, written
     * with the next flush. The id found is kept in the Term too: the tokenizer hands the same
     * Term object for every interview of the batch that uses the word, so it is looked up once.
     */
    int[] termIds(Connection c, TermPool.Term[] distinct) throws SQLException {
        int[] ids = new int[distinct.length];
        List<TermPool.Term> unknown = null;
        for (int i = 0; i < distinct.length; i++) {
            TermPool.Term term = distinct[i];
            if (term.id == 0) {
                Integer id = terms.get(term.text);
                if (id == null) {
                    if (unknown == null) {
                        unknown = new ArrayList<>();
                    }
                    unknown.add(term);
                    continue;
                }
                remember(term, id);
            }
            ids[i] = term.id;
        }
        if (unknown == null) {
            return ids;
        }
        List<String> texts = new ArrayList<>(unknown.size());
        unknown.forEach(t -> texts.add(t.text));
        Map<String, Integer> known = SearchIndexRows.lookup(c, texts);
        terms.putAll(known);
        for (TermPool.Term term : unknown) {
            // A word twice in distinct is impossible, but a second Term of the same word (from a
            // tokenizer without the batch's pool) takes the id the first one got.
            Integer id = terms.get(term.text);
            if (id == null) {
                if (nextTerm < 0) {
                    nextTerm = SearchIndexRows.maxTermId(c) + 1;
                    firstNewTerm = nextTerm;
                }
                newTerms.add(term.text);
                id = nextTerm++;
                terms.put(term.text, id);
            }
            remember(term, id);
        }
        for (int i = 0; i < distinct.length; i++) {
            // term ids start at 1 (0 separates texts in a sequence): 0 is "not known yet"
            if (ids[i] == 0) {
                ids[i] = distinct[i].id;
            }
        }
        return ids;
    }

    private void remember(TermPool.Term term, int id) {
        term.id = id;
        withIds.add(term);
    }

    /** True when the document of {@code interviewId} is held here, not yet written. */
    boolean holds(UUID interviewId) {
        return heldIds.contains(interviewId);
    }

    /** Holds a new document with its sorted term ids; returns its number. */
    int add(Connection c, UUID interviewId, long sortKey, byte[] sequence, int[] termIds) throws SQLException {
        if (nextDoc < 0) {
            nextDoc = SearchIndexRows.maxDoc(c) + 1;
        }
        int doc = nextDoc++;
        docs.add(new Doc(doc, interviewId, sortKey, sequence));
        heldIds.add(interviewId);
        sequenceBytes += sequence.length;
        if (postingCount + termIds.length > postings.length) {
            postings = Arrays.copyOf(postings, Math.max(postings.length * 2, postingCount + termIds.length));
        }
        for (int termId : termIds) {
            postings[postingCount++] = posting(termId, doc);
        }
        if (postingCount >= maxPostings || sequenceBytes >= MAX_SEQUENCE_BYTES) {
            spill(c);
        }
        return doc;
    }

    /** Sorts by block (partition, then term), then document. */
    private static long posting(int termId, int doc) {
        return ((long) PostingRows.partitionOf(doc) << 43) | ((long) termId << PostingRows.PARTITION_BITS)
                | (doc & (PostingRows.PARTITION_SIZE - 1));
    }

    /**
     * Writes what is held, except the postings of the partition still being filled while that
     * keeps memory bounded: its blocks are then written once, complete, instead of being read
     * back and rewritten by the next write.
     */
    private void spill(Connection c) throws SQLException {
        int current = PostingRows.partitionOf(nextDoc);
        scratch = RadixSort.sort(postings, postingCount, scratch);
        int done = 0;
        while (done < postingCount && (int) (postings[done] >>> 43) < current) {
            done++;
        }
        if (postingCount - done >= maxPostings) {
            flush(c);
            return;
        }
        long[] rest = Arrays.copyOfRange(postings, done, postingCount);
        postingCount = done;
        flush(c);
        // Their documents are written now, their postings stay held: a reindex of one of them flushes first
        System.arraycopy(rest, 0, postings, 0, rest.length);
        postingCount = rest.length;
    }

    /** Terms deleted from the dictionary in this batch: a later document that has them gets new ids. */
    void forget(int[] deletedTermIds) {
        if (deletedTermIds.length > 0) {
            int[] sorted = deletedTermIds.clone();
            Arrays.sort(sorted);
            terms.values().removeIf(id -> Arrays.binarySearch(sorted, id) >= 0);
            for (TermPool.Term term : withIds) {
                if (Arrays.binarySearch(sorted, term.id) >= 0) {
                    term.id = 0;
                }
            }
        }
    }

    /**
     * Writes what is held: new terms, documents and postings, each in key order. The counters are
     * read again afterwards, so rows written by the one-at-a-time path in between never collide.
     */
    void flush(Connection c) throws SQLException {
        if (!newTerms.isEmpty()) {
            SearchIndexRows.insertTerms(c, firstNewTerm, newTerms);
        }
        if (!docs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO search_doc (doc, interview_id, sort_key, sequence) VALUES (?, ?, ?, ?)")) {
                for (Doc d : docs) {
                    s.setInt(1, d.doc());
                    s.setObject(2, d.interviewId());
                    s.setLong(3, d.sortKey());
                    s.setBytes(4, d.sequence());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (postingCount > 0) {
            scratch = RadixSort.sort(postings, postingCount, scratch);
            writeBlocks(c, postings, postingCount);
        }
        newTerms.clear();
        docs.clear();
        heldIds.clear();
        sequenceBytes = 0;
        postingCount = 0;
        nextTerm = -1;
        nextDoc = -1;
    }

    /**
     * Writes sorted postings as blocks. Every document already written has a lower number than
     * every held one, so only the lowest partition held can have blocks already: those are merged.
     */
    private static void writeBlocks(Connection c, long[] sorted, int count) throws SQLException {
        long[] keys = new long[count];
        byte[][] blocks = new byte[count][];
        int[] lows = new int[PostingRows.PARTITION_SIZE];
        int n = 0;
        int i = 0;
        while (i < count) {
            long block = sorted[i] >>> PostingRows.PARTITION_BITS;
            int k = 0;
            while (i < count && sorted[i] >>> PostingRows.PARTITION_BITS == block) {
                lows[k++] = (int) (sorted[i++] & (PostingRows.PARTITION_SIZE - 1));
            }
            // partition · 2^31 + term: the block's key
            keys[n] = block;
            blocks[n++] = PostingBlock.encode(lows, 0, k);
        }
        int first = 0;
        while (first < n && PostingRows.partition(keys[first]) == PostingRows.partition(keys[0])) {
            first++;
        }
        Map<Long, byte[]> existing = PostingRows.read(c, Arrays.copyOf(keys, first));
        long[] fresh = new long[n];
        byte[][] freshBlocks = new byte[n][];
        long[] merged = new long[existing.size()];
        byte[][] mergedBlocks = new byte[existing.size()][];
        int f = 0;
        int m = 0;
        for (int b = 0; b < n; b++) {
            byte[] old = b < first ? existing.get(keys[b]) : null;
            if (old == null) {
                fresh[f] = keys[b];
                freshBlocks[f++] = blocks[b];
            } else {
                merged[m] = keys[b];
                mergedBlocks[m++] = PostingBlock.union(old, blocks[b]);
            }
        }
        PostingRows.update(c, merged, mergedBlocks);
        PostingRows.insert(c, Arrays.copyOf(fresh, f), Arrays.copyOf(freshBlocks, f));
    }
}
