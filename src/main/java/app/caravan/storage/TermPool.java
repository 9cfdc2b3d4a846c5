package app.caravan.storage;

import app.caravan.domain.SearchTokens;
import java.util.Arrays;

/**
 * The distinct folded words of one batch, each one {@link Term} object however often it occurs
 * (ADR 0008, "Bulk writes"). Filled on the tokenizer's thread: each different spelling met in
 * the texts is folded once and remembered with its Term, so a word seen before costs a hash and
 * a compare of its chars, not a fold, a String and a map look-up (folding every word was most
 * of the tokenizer's time). The thread writing the vault keeps a word's id in the Term once it
 * has looked it up, instead of looking it up in a map for every interview that uses the word.
 */
final class TermPool {
    /**
     * A distinct word of the batch. {@link #id} belongs to the writing thread: 0 until it knows
     * the word's term id. {@link #stamp} and {@link #local} belong to the tokenizer's thread: the
     * interview that last used the word and the word's place among that interview's terms.
     */
    static final class Term {
        final String text;
        final int hash;
        int id;
        int stamp;
        int local;

        Term(String text, int hash) {
            this.text = text;
            this.hash = hash;
        }

        @Override
        public String toString() {
            return text + "#" + id;
        }
    }

    /**
     * Small at first: one-off tokenizing (an edit, a reindex of one interview) makes a pool per
     * interview; a batch's pool doubles its way up.
     */
    private static final int INITIAL_SLOTS = 1 << 8;

    private Term[] table = new Term[INITIAL_SLOTS];
    private int size;
    private int stamp;
    /** Spellings as found in the texts (open addressing) and the Term each folds to; null: folds to nothing. */
    private char[][] spellings = new char[INITIAL_SLOTS][];
    private int[] spellingHashes = new int[INITIAL_SLOTS];
    private Term[] spellingTerms = new Term[INITIAL_SLOTS];
    private int spellingCount;
    private char[] foldBuffer = new char[256];
    private char[] textBuffer = new char[1024];

    /** The Term of word [start, end) of {@code text}, as {@link SearchTokens#foldInto} folds it; null when it folds to nothing. */
    Term word(char[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        int mask = spellings.length - 1;
        int slot = spread(hash) & mask;
        for (char[] known = spellings[slot]; known != null; known = spellings[slot]) {
            if (spellingHashes[slot] == hash && sameSpelling(known, text, start, end)) {
                return spellingTerms[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (foldBuffer.length < SearchTokens.foldSpace(start, end)) {
            foldBuffer = new char[SearchTokens.foldSpace(start, end)];
        }
        int n = SearchTokens.foldInto(text, start, end, foldBuffer);
        Term term = n == 0 ? null : intern(foldBuffer, n);
        spellings[slot] = Arrays.copyOfRange(text, start, end);
        spellingHashes[slot] = hash;
        spellingTerms[slot] = term;
        if (++spellingCount * 2 > spellings.length) {
            growSpellings();
        }
        return term;
    }

    /** A plain loop: words are a few chars, too short for Arrays.equals' vectorized compare to pay (it was a quarter of the tokenizer). */
    private static boolean sameSpelling(char[] known, char[] text, int start, int end) {
        if (known.length != end - start) {
            return false;
        }
        for (int i = 0; i < known.length; i++) {
            if (known[i] != text[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void growSpellings() {
        char[][] oldSpellings = spellings;
        int[] oldHashes = spellingHashes;
        Term[] oldTerms = spellingTerms;
        spellings = new char[oldSpellings.length * 2][];
        spellingHashes = new int[spellings.length];
        spellingTerms = new Term[spellings.length];
        int mask = spellings.length - 1;
        for (int i = 0; i < oldSpellings.length; i++) {
            if (oldSpellings[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (spellings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                spellings[slot] = oldSpellings[i];
                spellingHashes[slot] = oldHashes[i];
                spellingTerms[slot] = oldTerms[i];
            }
        }
    }

    /**
     * An array of at least {@code length} chars for the text being tokenized, reused for every
     * text of the batch (a copy per text was a third of a gigabyte per 10,000 interviews).
     */
    char[] textBuffer(int length) {
        if (textBuffer.length < length) {
            textBuffer = new char[Math.max(length, textBuffer.length * 2)];
        }
        return textBuffer;
    }

    /** A new stamp for the next interview: no Term carries it yet. */
    int nextStamp() {
        return ++stamp;
    }

    /** The Term of {@code chars[0, length)}, added when it is new. */
    Term intern(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (Term t = table[slot]; t != null; t = table[slot]) {
            if (t.hash == hash && sameChars(t.text, chars, length)) {
                return t;
            }
            slot = (slot + 1) & mask;
        }
        Term term = new Term(new String(chars, 0, length), hash);
        table[slot] = term;
        if (++size * 2 > table.length) {
            grow();
        }
        return term;
    }

    int size() {
        return size;
    }

    private static boolean sameChars(String text, char[] chars, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        Term[] old = table;
        table = new Term[old.length * 2];
        int mask = table.length - 1;
        for (Term t : old) {
            if (t != null) {
                int slot = spread(t.hash) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = t;
            }
        }
    }
}
