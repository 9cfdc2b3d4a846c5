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
    /** Postings per INSERT statement. */
    private static final int INSERT_CHUNK = 16_384;

    /** Term → id of every term looked up or added in this batch, including those not yet written. */
    private final Map<String, Integer> terms = new HashMap<>();
    private final List<String> newTerms = new ArrayList<>();
    private int firstNewTerm;
    private int nextTerm = -1;
    private int nextDoc = -1;
    private final List<Doc> docs = new ArrayList<>();
    private final Set<UUID> heldIds = new HashSet<>();
    private long sequenceBytes;
    private long[] postings = new long[1 << 16];
    private int postingCount;

    private record Doc(int doc, UUID interviewId, long sortKey, byte[] sequence) {
    }

    SearchBatch(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** The ids of {@code distinct}; terms the dictionary lacks get new ids, written with the next flush. */
    Map<String, Integer> termIds(Connection c, Set<String> distinct) throws SQLException {
        List<String> unknown = new ArrayList<>();
        for (String term : distinct) {
            if (!terms.containsKey(term)) {
                unknown.add(term);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Integer> known = SearchIndexRows.lookup(c, unknown);
            terms.putAll(known);
            for (String term : unknown) {
                if (!known.containsKey(term)) {
                    if (nextTerm < 0) {
                        nextTerm = SearchIndexRows.maxTermId(c) + 1;
                        firstNewTerm = nextTerm;
                    }
                    newTerms.add(term);
                    terms.put(term, nextTerm++);
                }
            }
        }
        Map<String, Integer> out = new HashMap<>(distinct.size() * 2);
        for (String term : distinct) {
            out.put(term, terms.get(term));
        }
        return out;
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
            postings[postingCount++] = SearchIndexRows.posting(termId, doc);
        }
        if (postingCount >= maxPostings || sequenceBytes >= MAX_SEQUENCE_BYTES) {
            flush(c);
        }
        return doc;
    }

    /** Terms deleted from the dictionary in this batch: a later document that has them gets new ids. */
    void forget(int[] deletedTermIds) {
        if (deletedTermIds.length > 0) {
            int[] sorted = deletedTermIds.clone();
            Arrays.sort(sorted);
            terms.values().removeIf(id -> Arrays.binarySearch(sorted, id) >= 0);
        }
    }

    /**
     * Writes what is held: new terms, documents and postings, each in key order. The counters are
     * read again afterwards, so rows written by the one-at-a-time path in between never collide.
     */
    void flush(Connection c) throws SQLException {
        if (!newTerms.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_term (term_id, term) VALUES (?, ?)")) {
                for (int i = 0; i < newTerms.size(); i++) {
                    s.setInt(1, firstNewTerm + i);
                    s.setString(2, newTerms.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
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
            insertSorted(c, Arrays.copyOf(postings, postingCount));
        }
        newTerms.clear();
        docs.clear();
        heldIds.clear();
        sequenceBytes = 0;
        postingCount = 0;
        nextTerm = -1;
        nextDoc = -1;
    }

    private static void insertSorted(Connection c, long[] keys) throws SQLException {
        Arrays.sort(keys);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO search_posting (posting) SELECT x FROM UNNEST(CAST(? AS BIGINT ARRAY)) u(x)")) {
            for (int from = 0; from < keys.length; from += INSERT_CHUNK) {
                int to = Math.min(keys.length, from + INSERT_CHUNK);
                Long[] chunk = new Long[to - from];
                for (int i = from; i < to; i++) {
                    chunk[i - from] = keys[i];
                }
                s.setObject(1, chunk);
                s.executeUpdate();
            }
        }
    }
}
