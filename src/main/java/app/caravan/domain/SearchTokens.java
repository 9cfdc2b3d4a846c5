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
        int[] bounds = bounds(text);
        for (int w = 0; w < bounds.length; w += 2) {
            String term = fold(text, bounds[w], bounds[w + 1]);
            if (!term.isEmpty()) {
                out.add(new SearchToken(term, bounds[w], bounds[w + 1]));
            }
        }
        return out;
    }

    /**
     * The words of {@code text} as [start, end) pairs without folding them, for callers that
     * fold only the few words worth it (see {@link #firstFolded}).
     */
    public static int[] bounds(String text) {
        if (text == null) {
            return new int[0];
        }
        int[] out = new int[Math.min(1024, text.length() / 2 + 2)];
        int n = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !startsWord(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= length) {
                break;
            }
            int start = i;
            while (i < length) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp) || (isApostrophe(cp) && i + 1 < length && i > start
                        && Character.isLetter(text.codePointAt(i + 1)))) {
                    i += Character.charCount(cp);
                } else {
                    break;
                }
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = start;
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
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
        // A Cyrillic letter romanizes to at most 4 Latin ones.
        char[] buf = new char[(end - start) * 4];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
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
                return cut(Transliteration.fold(text.substring(start, end)));
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
        return new String(buf, 0, Math.min(n, MAX_TERM_LENGTH));
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

    private static boolean startsWord(String text, int i) {
        char c = text.charAt(i);
        return c < TABLE ? STARTS[c] : Character.isLetterOrDigit(text.codePointAt(i));
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
