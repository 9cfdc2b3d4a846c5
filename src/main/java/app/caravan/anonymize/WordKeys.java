package app.caravan.anonymize;

import java.util.List;

/**
 * Remembers what was learnt about words already seen: their {@link NameForms#keys} and which
 * vocabulary city names they may start. Transcripts repeat their words, and keying (romanizing,
 * normalizing) is the costly part of matching names; one look-up per word of a text serves
 * every finder. In memory only; emptied when it grows past {@link #LIMIT} entries.
 *
 * <p>A word is looked up by its place in the text and the hash {@link Words#spans} computed
 * while scanning, in an open-addressing table: no substring per word, and reading takes no
 * lock. Only a word not seen before is copied out, keyed (outside the lock) and added under it.
 */
final class WordKeys {
    private static final int LIMIT = 200_000;
    private static final int INITIAL = 1 << 12;

    /** One distinct word: its keys, and the city phrases it may start once {@link CityFinder} asked. */
    static final class Known {
        private final String[] keys;
        private volatile List<?> cityStarts;

        private Known(String[] keys) {
            this.keys = keys;
        }

        /** Shared, never to be changed. */
        String[] keys() {
            return keys;
        }

        /** Written and read by the one {@link CityFinder} of the same {@link Deidentifier}: its own phrases. */
        List<?> cityStarts() {
            return cityStarts;
        }

        void cityStarts(List<?> starts) {
            this.cityStarts = starts;
        }
    }

    /** Immutable once published into a slot, so a reader racing a writer sees it whole (final fields) or not at all. */
    private static final class Entry {
        private final String word;
        private final int hash;
        private final Known known;

        private Entry(String word, int hash, Known known) {
            this.word = word;
            this.hash = hash;
            this.known = known;
        }
    }

    /** Kept at most half full, so every probe ends at an empty slot. Entries are only added, under the lock. */
    private static final class Table {
        private final Entry[] slots;
        private int size;

        private Table(int capacity) {
            slots = new Entry[capacity];
        }
    }

    private volatile Table table = new Table(INITIAL);

    /** Looks every word of {@code words} up, learning the new ones, and hands them to {@code words}. */
    void knowAll(String text, WordSpans words) {
        Known[] all = new Known[words.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = known(text, words.start(i), words.end(i), words.hash(i));
        }
        words.known(all);
    }

    Known known(String word) {
        return known(word, 0, word.length(), word.hashCode());
    }

    /** The word {@code text[start, end)}, whose {@link String#hashCode} is {@code hash}. */
    Known known(String text, int start, int end, int hash) {
        Known found = find(table, text, start, end, hash);
        if (found != null) {
            return found;
        }
        String word = text.substring(start, end);
        return add(new Entry(word, hash, new Known(NameForms.keys(word).toArray(String[]::new))));
    }

    private static Known find(Table table, String text, int start, int end, int hash) {
        Entry[] slots = table.slots;
        int mask = slots.length - 1;
        int length = end - start;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Entry e = slots[i];
            if (e == null) {
                return null;
            }
            if (e.hash == hash && e.word.length() == length && e.word.regionMatches(0, text, start, length)) {
                return e.known;
            }
        }
    }

    /** Adds the entry unless another thread added its word meanwhile; then the first one stays. */
    private synchronized Known add(Entry entry) {
        Table current = table;
        Known found = find(current, entry.word, 0, entry.word.length(), entry.hash);
        if (found != null) {
            return found;
        }
        if (current.size >= LIMIT) {
            current = new Table(INITIAL);
            table = current;
        } else if ((current.size + 1) * 2 > current.slots.length) {
            Table bigger = new Table(current.slots.length * 2);
            for (Entry e : current.slots) {
                if (e != null) {
                    insert(bigger, e);
                }
            }
            insert(bigger, entry);
            table = bigger;
            return entry.known;
        }
        insert(current, entry);
        return entry.known;
    }

    private static void insert(Table table, Entry entry) {
        Entry[] slots = table.slots;
        int mask = slots.length - 1;
        int i = spread(entry.hash) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = entry;
        table.size++;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
