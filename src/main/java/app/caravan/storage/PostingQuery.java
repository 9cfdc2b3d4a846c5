package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which documents contain every word of a query, from the postings. Each word (its term ids)
 * is first read up to {@code probe} ({@value #PROBE}) documents: words that fit are complete sets, and the
 * smallest drives; the others are intersected in memory or checked for the remaining
 * candidates by point look-ups. When every word is common (the probe overflows for all), no
 * posting list is read whole: {@link #filter} checks the newest documents chunk by chunk,
 * which finds a page of hits after a few dozen look-ups however big the vault is.
 */
final class PostingQuery {
    static final int PROBE = 4_000;
    /** Above this many (candidate × term) point look-ups other ways are cheaper. */
    static final int MAX_LOOKUPS = 8_000;
    /** Up to this many candidates, reading their word sequences beats reading whole posting lists. */
    private static final int MAX_SEQUENCE_CHECKS = 1_000;
    private final Connection c;
    private final List<int[]> words;
    private final int partitions;
    private final int probe;
    private final int maxLookups;

    PostingQuery(Connection c, List<int[]> words, int probe, int maxLookups) throws SQLException {
        this.c = c;
        this.probe = probe;
        this.maxLookups = maxLookups;
        this.words = List.copyOf(words);
        this.partitions = SearchIndexRows.partitions(c);
    }

    /** True when some word has no term in the dictionary: nothing can match. */
    boolean impossible() {
        return words.stream().anyMatch(ids -> ids.length == 0);
    }

    /**
     * The matching documents (ascending), restricted to {@code allowed} (ascending) when not
     * null; null when every word is common and {@code allowed} is null or large, i.e. when
     * reading whole posting lists would be the expensive way to find a page of hits.
     */
    int[] candidates(int[] allowed) throws SQLException {
        List<int[]> complete = new ArrayList<>();
        List<int[]> large = new ArrayList<>();
        if (allowed != null) {
            complete.add(allowed);
        }
        for (int[] ids : words) {
            int[] docs = union(ids, probe + 1);
            if (docs == null) {
                large.add(ids);
            } else {
                complete.add(docs);
            }
        }
        if (complete.isEmpty() || complete.stream().allMatch(set -> set.length > probe)) {
            return null;
        }
        complete.sort((a, b) -> Integer.compare(a.length, b.length));
        int[] candidates = complete.get(0);
        for (int i = 1; i < complete.size() && candidates.length > 0; i++) {
            candidates = intersect(candidates, complete.get(i));
        }
        return withLarge(candidates, large);
    }

    /** Every matching document, reading whole posting lists: the slow, always-exact way. */
    int[] all(int[] allowed) throws SQLException {
        int[] candidates = allowed;
        for (int[] ids : words) {
            int[] docs = Objects.requireNonNull(union(ids, Integer.MAX_VALUE));
            candidates = candidates == null ? docs : intersect(candidates, docs);
        }
        return candidates == null ? new int[0] : candidates;
    }

    /** Those of {@code docs} (ascending) that contain every word. */
    int[] filter(int[] docs) throws SQLException {
        return withLarge(docs, words);
    }

    private int[] withLarge(int[] candidates, List<int[]> large) throws SQLException {
        for (int[] ids : large) {
            if (candidates.length == 0) {
                break;
            }
            if ((long) candidates.length * ids.length <= maxLookups) {
                candidates = PostingRows.having(c, candidates, ids);
            } else if (candidates.length <= MAX_SEQUENCE_CHECKS) {
                // A short prefix has many terms: look at the few documents instead of the terms.
                candidates = bySequence(candidates, ids);
            } else {
                candidates = intersect(candidates, Objects.requireNonNull(union(ids, Integer.MAX_VALUE)));
            }
        }
        return candidates;
    }

    private int[] bySequence(int[] candidates, int[] ids) throws SQLException {
        int[] out = new int[candidates.length];
        int n = 0;
        try (PreparedStatement select = c.prepareStatement(SearchIndexRows.SELECT_SEQUENCE)) {
            for (int doc : candidates) {
                for (int id : SearchIndexRows.sequence(select, doc)) {
                    if (id != 0 && Arrays.binarySearch(ids, id) >= 0) {
                        out[n++] = doc;
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The ids of the terms of a word: its spellings, exactly, and every term its prefixes start. */
    static int[] resolve(Connection c, List<SearchIndex.Term> word) throws SQLException {
        List<String> exact = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        for (SearchIndex.Term term : word) {
            if (term.prefix()) {
                found.add(SearchIndexRows.prefixIds(c, term.term()));
            } else {
                exact.add(term.term());
            }
        }
        if (!exact.isEmpty()) {
            found.add(SearchIndexRows.lookup(c, exact).values().stream().mapToInt(Integer::intValue).toArray());
        }
        return found.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    }

    /**
     * The documents of any of the terms, ascending; null when {@code limit} or more postings
     * were met (the word is too common to read whole as a probe).
     */
    private int[] union(int[] termIds, int limit) throws SQLException {
        List<int[]> lists = new ArrayList<>();
        long total = 0;
        for (int termId : termIds) {
            int[] docs = PostingRows.docs(c, termId, partitions, limit);
            total += docs.length;
            if (total >= limit) {
                return null;
            }
            lists.add(docs);
        }
        if (lists.size() == 1) {
            return lists.get(0);
        }
        return lists.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
