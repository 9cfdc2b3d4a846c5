package app.caravan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for full-text search: runs of letters and digits in any script
 * (combining marks and an apostrophe between letters stay inside the word, so O'zbekiston is
 * one word, as its fold is), each folded with {@link Transliteration#fold}. Words are folded
 * one by one rather than the whole text, so every term keeps its exact place in the original.
 */
public final class SearchTokens {
    /** Longer words are indexed by their first {@value} folded characters (URLs, garbage). */
    public static final int MAX_TERM_LENGTH = 64;
    private static final String[] CYRILLIC = new String[0x500 - 0x400];
    private static final char[][] CYRILLIC_CHARS = new char[0x500 - 0x400][];
    private static final String[] ASCII = new String[128];
    /** Below this, whether a char starts or continues a word is looked up, not asked of Character. */
    private static final int TABLE = 0x500;
    private static final boolean[] STARTS = new boolean[TABLE];
    private static final boolean[] CONTINUES = new boolean[TABLE];

    static {
        for (char c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                ASCII[c] = String.valueOf(Character.toLowerCase(c));
            }
        }
        // The fast path must agree with Transliteration exactly, so it is built from it.
        for (char c = 0x400; c < 0x500; c++) {
            CYRILLIC[c - 0x400] = Transliteration.romanize(String.valueOf(c));
            CYRILLIC_CHARS[c - 0x400] = CYRILLIC[c - 0x400].toCharArray();
        }
        for (int c = 0; c < TABLE; c++) {
            STARTS[c] = Character.isLetterOrDigit(c);
            CONTINUES[c] = wordCharSlow(c);
        }
    }

    private SearchTokens() {
    }

    public static List<SearchToken> tokenize(String text) {
        List<SearchToken> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        char[] buf = new char[256];
        forEachWord(text.toCharArray(), (chars, start, end) -> {
            char[] into = buf.length >= foldSpace(start, end) ? buf : new char[foldSpace(start, end)];
            int n = foldInto(chars, start, end, into);
            if (n > 0) {
                out.add(new SearchToken(new String(into, 0, n), start, end));
            }
        });
        return out;
    }

    /** Receives the words of a text one by one, as [start, end) of the text's chars. */
    @FunctionalInterface
    public interface WordSink {
        void word(char[] text, int start, int end);
    }

    /**
     * Each word of {@code text} in order, unfolded: {@link #tokenize} is this plus
     * {@link #foldInto} and dropping words whose fold is empty. An import sees tens of millions
     * of words and only a few hundred thousand different ones, so it folds each different word
     * once (storage.TermPool), and works on the chars, not on String.charAt per char.
     */
    public static void forEachWord(char[] text, WordSink sink) {
        forEachWord(text, text.length, sink);
    }

    /** {@link #forEachWord(char[], WordSink)} over {@code text[0, length)}: a caller may reuse one array for many texts. */
    public static void forEachWord(char[] text, int length, WordSink sink) {
        int i = nextWordStart(text, 0, length);
        while (i < length) {
            int start = i;
            i = wordEnd(text, start, length);
            sink.word(text, start, i);
            i = nextWordStart(text, i, length);
        }
    }

    /** Room {@link #foldInto} needs for word [start, end). */
    public static int foldSpace(int start, int end) {
        // A Cyrillic letter romanizes to at most 4 Latin ones; the general path returns at most the cut length.
        return Math.max(MAX_TERM_LENGTH, (end - start) * 4);
    }

    /**
     * The words of {@code text} as [start, end) pairs without folding them, for callers that
     * fold only the few words worth it (see {@link #firstFolded}).
     */
    public static int[] bounds(String text) {
        if (text == null) {
            return new int[0];
        }
        int[][] out = {new int[Math.min(1024, text.length() / 2 + 2)]};
        int[] n = {0};
        forEachWord(text.toCharArray(), (chars, start, end) -> {
            if (n[0] + 2 > out[0].length) {
                out[0] = java.util.Arrays.copyOf(out[0], out[0].length * 2);
            }
            out[0][n[0]++] = start;
            out[0][n[0]++] = end;
        });
        return java.util.Arrays.copyOf(out[0], n[0]);
    }

    /** Where the next word starts at or after {@code i}; {@code length} when none does. */
    private static int nextWordStart(char[] text, int i, int length) {
        while (i < length) {
            char c = text[i];
            if (c < TABLE ? STARTS[c] : Character.isLetterOrDigit(Character.codePointAt(text, i, length))) {
                break;
            }
            i += c < TABLE ? 1 : Character.charCount(Character.codePointAt(text, i, length));
        }
        return i;
    }

    /** Where the word starting at {@code start} ends. */
    private static int wordEnd(char[] text, int start, int length) {
        int i = start;
        while (i < length) {
            char c = text[i];
            // Below the table a char is its own code point (no surrogates there).
            int cp = c < TABLE ? c : Character.codePointAt(text, i, length);
            if (isWordChar(cp) || (isApostrophe(cp) && i + 1 < length && i > start
                    && Character.isLetter(Character.codePointAt(text, i + 1, length)))) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * The first character of the fold of word [start, end) of {@code text}, or 0 when it cannot
     * be told cheaply (then fold the word). Lets a matcher skip most words without folding them.
     */
    public static char firstFolded(String text, int start, int end) {
        String head = fastRomanized(text.charAt(start));
        if (head == null || head.isEmpty()) {
            return 0;
        }
        char first = head.charAt(0);
        if (first == 'k') {
            // "kh" folds to "h": the next letter decides.
            String next = head.length() > 1 ? head.substring(1)
                    : start + 1 < end ? fastRomanized(text.charAt(start + 1)) : "";
            if (next == null || next.isEmpty()) {
                return 0;
            }
            return next.charAt(0) == 'h' ? 'h' : 'k';
        }
        return first;
    }

    private static String fastRomanized(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (c >= 0x400 && c < 0x500) {
            return CYRILLIC[c - 0x400];
        }
        return null;
    }

    /**
     * The folded form of one word, cut to {@link #MAX_TERM_LENGTH}: what the index stores and
     * what a query word is looked up by. Equal to {@code Transliteration.fold(word)} for words.
     */
    public static String fold(String word) {
        return fold(word, 0, word.length());
    }

    /**
     * {@link #fold(String)} of [start, end) of {@code text}. Latin and Cyrillic words (nearly
     * all of them) are folded in one char array, without a String per letter or per
     * replacement: this ran for every word of every imported interview.
     */
    public static String fold(String text, int start, int end) {
        char[] word = text.substring(start, end).toCharArray();
        char[] buf = new char[foldSpace(0, word.length)];
        return new String(buf, 0, foldInto(word, 0, word.length, buf));
    }

    /**
     * Folds word [start, end) of {@code text} as {@link #fold(String)} does, into {@code buf}
     * (at least {@link #foldSpace} long), and returns its length, cut to {@link #MAX_TERM_LENGTH}.
     * Latin and Cyrillic words (nearly all of them) are folded in the array, without a String
     * per letter or per replacement; anything else goes through {@link Transliteration#fold}.
     */
    public static int foldInto(char[] text, int start, int end, char[] buf) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                buf[n++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                buf[n++] = (char) (c + ('a' - 'A'));
            } else if (c >= 0x400 && c < 0x500) {
                char[] latin = CYRILLIC_CHARS[c - 0x400];
                System.arraycopy(latin, 0, buf, n, latin.length);
                n += latin.length;
            } else {
                // Anything else (diacritics, other scripts, surrogates): the general, slower path.
                String slow = cut(Transliteration.fold(new String(text, start, end - start)));
                slow.getChars(0, slow.length(), buf, 0);
                return slow.length();
            }
        }
        // Same variant-evening as Transliteration.fold, in the same order and with the same
        // left-to-right, non-overlapping matching as String.replace.
        n = shrink(buf, n, 'i', 'y');
        n = shrink(buf, n, 'y', 'y');
        n = shrinkToSecond(buf, n, 'k', 'h');
        for (int i = 0; i + 1 < n; i++) {
            if (buf[i] == 'a' && buf[i + 1] == 'y') {
                buf[++i] = 'i';
            }
        }
        return Math.min(n, MAX_TERM_LENGTH);
    }

    /** Replaces each "ab" by "a" (as {@code replace("iy", "i")}); returns the new length. */
    private static int shrink(char[] buf, int n, char a, char b) {
        int w = 0;
        for (int r = 0; r < n; r++) {
            buf[w++] = buf[r];
            if (buf[r] == a && r + 1 < n && buf[r + 1] == b) {
                r++;
            }
        }
        return w;
    }

    /** Replaces each "ab" by "b" (as {@code replace("kh", "h")}); returns the new length. */
    private static int shrinkToSecond(char[] buf, int n, char a, char b) {
        int w = 0;
        for (int r = 0; r < n; r++) {
            if (buf[r] == a && r + 1 < n && buf[r + 1] == b) {
                r++;
            }
            buf[w++] = buf[r];
        }
        return w;
    }

    private static String cut(String term) {
        return term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term;
    }

    private static boolean isWordChar(int cp) {
        return cp < TABLE ? CONTINUES[cp] : wordCharSlow(cp);
    }

    private static boolean wordCharSlow(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ' || cp == 'ʻ' || cp == '`';
    }
}
