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
    private static final String[] ASCII = new String[128];

    static {
        for (char c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                ASCII[c] = String.valueOf(Character.toLowerCase(c));
            }
        }
        // The fast path must agree with Transliteration exactly, so it is built from it.
        for (char c = 0x400; c < 0x500; c++) {
            CYRILLIC[c - 0x400] = Transliteration.romanize(String.valueOf(c));
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

    /** {@link #fold(String)} of [start, end) of {@code text}. */
    public static String fold(String text, int start, int end) {
        StringBuilder romanized = new StringBuilder(end - start + 4);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                romanized.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                romanized.append((char) (c + ('a' - 'A')));
            } else if (c >= 0x400 && c < 0x500) {
                romanized.append(CYRILLIC[c - 0x400]);
            } else {
                // Anything else (diacritics, other scripts, surrogates): the general, slower path.
                return cut(Transliteration.fold(text.substring(start, end)));
            }
        }
        String r = romanized.toString();
        // Same variant-evening as Transliteration.fold, in the same order.
        return cut(r.replace("iy", "i").replace("yy", "y").replace("kh", "h").replace("ay", "ai"));
    }

    private static String cut(String term) {
        return term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term;
    }

    private static boolean startsWord(String text, int i) {
        return Character.isLetterOrDigit(text.codePointAt(i));
    }

    private static boolean isWordChar(int cp) {
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
