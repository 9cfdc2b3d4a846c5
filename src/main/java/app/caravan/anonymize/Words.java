package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words of Unicode letters (with their combining marks), keeping offsets. */
final class Words {
    /** What may stand between the words of one name: "St. Petersburg", "Ростов-на-Дону", "Farg'ona". */
    private static final String JOINERS = " \t\u00A0.-–'ʻʼ’";

    /** The one character of the Cyrillic block (U+0400–U+04FF) that is neither a letter nor a mark. */
    private static final char CYRILLIC_THOUSANDS = '\u0482';

    record Word(int start, int end, String text) {
    }

    private Words() {
    }

    /**
     * The maximal runs of letters and marks ({@code [\p{L}\p{M}]+}), scanned by hand: this runs
     * over every character of every exported text, where a regex costs several times more.
     */
    static List<Word> of(String text) {
        WordSpans spans = spans(text);
        List<Word> words = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            words.add(new Word(spans.start(i), spans.end(i), text.substring(spans.start(i), spans.end(i))));
        }
        return words;
    }

    /**
     * The words of {@link #of} as offsets, each with the hash its substring would have, computed
     * on the way: the words are looked up without being copied out of the text.
     */
    static WordSpans spans(String text) {
        WordSpans words = new WordSpans(text.length() / 6 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int width = 1;
            boolean inWord;
            if (c < 0x80) {
                inWord = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            } else if (c >= 0x400 && c <= 0x4FF) {
                inWord = c != CYRILLIC_THOUSANDS;
            } else {
                int cp = Character.codePointAt(text, i);
                width = Character.charCount(cp);
                inWord = isLetterOrMark(cp);
            }
            if (!inWord) {
                i += width;
                continue;
            }
            int start = i;
            int hash = c;
            if (width == 2) {
                hash = 31 * hash + text.charAt(i + 1);
            }
            i += width;
            while (i < n) {
                char d = text.charAt(i);
                if (d < 0x80) {
                    if ((d | 0x20) >= 'a' && (d | 0x20) <= 'z') {
                        hash = 31 * hash + d;
                        i++;
                        continue;
                    }
                    break;
                }
                if (d >= 0x400 && d <= 0x4FF) {
                    if (d == CYRILLIC_THOUSANDS) {
                        break;
                    }
                    hash = 31 * hash + d;
                    i++;
                    continue;
                }
                int cp = Character.codePointAt(text, i);
                if (!isLetterOrMark(cp)) {
                    break;
                }
                hash = 31 * hash + d;
                if (Character.charCount(cp) == 2) {
                    hash = 31 * hash + text.charAt(i + 1);
                }
                i += Character.charCount(cp);
            }
            words.add(start, i, hash);
        }
        return words;
    }

    private static boolean isLetterOrMark(int cp) {
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK;
    }

    /** Letters, marks, numbers ({@code [\p{L}\p{M}\p{N}]}): what may not continue a quoted word. */
    private static boolean isWordLike(int cp) {
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER || cp == '_';
    }

    static List<String> strings(String text) {
        return of(text).stream().map(Word::text).toList();
    }

    /** True when only a short joiner (space, dot, hyphen, apostrophe; no line break) separates the two words. */
    static boolean joined(String text, Word left, Word right) {
        return joined(text, left.end(), right.start());
    }

    /** As {@link #joined(String, Word, Word)}, for the gap between {@code leftEnd} and {@code rightStart}. */
    static boolean joined(String text, int leftEnd, int rightStart) {
        int gap = rightStart - leftEnd;
        if (gap < 1 || gap > 3) {
            return false;
        }
        for (int i = leftEnd; i < rightStart; i++) {
            if (JOINERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every occurrence of {@code quote}, case-insensitive; where the quote begins or ends with a
     * letter or digit, the occurrence must not continue a longer word there.
     */
    static List<int[]> occurrences(String text, String quote) {
        return occurrences(text, Folded.of(text), quote);
    }

    /**
     * As {@link #occurrences(String, String)} on a text already {@link Folded folded}: one text is
     * searched for every contact item and editor's mark, so it is folded once and searched with
     * {@link String#indexOf} instead of a case-insensitive regex per quote.
     */
    static List<int[]> occurrences(String text, String foldedText, String quote) {
        String q = quote.strip();
        List<int[]> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        String fq = Folded.of(q);
        boolean openStart = isWordChar(q.charAt(0));
        boolean openEnd = isWordChar(q.charAt(q.length() - 1));
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(fq, from);
            if (at < 0) {
                return found;
            }
            int end = at + fq.length();
            // as a regex lookbehind sees it: the one char before (a lone low surrogate is no letter)
            boolean startOk = !openStart || at == 0 || !isWordLike(text.charAt(at - 1));
            boolean endOk = !openEnd || end == text.length() || !isWordLike(text.codePointAt(end));
            // nor does a regex begin or end a match inside a surrogate pair
            boolean whole = !splitsPair(text, at) && !splitsPair(text, end);
            if (startOk && endOk && whole) {
                found.add(new int[] {at, end});
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Case folding as a case-insensitive Unicode regex compares characters: each code point
     * upper-cased, then lower-cased. It keeps every character's UTF-16 length, so offsets in the
     * folded text are offsets in the original. Beyond the BMP it folds every letter alike, where
     * the regex it replaces folded some slices and not others: it finds more, never less.
     */
    static final class Folded {
        private static final char[] BMP = new char[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int f = Character.toLowerCase(Character.toUpperCase(c));
                // a fold that would change a character's length is left undone: offsets must hold
                BMP[c] = Character.isBmpCodePoint(f) && !Character.isSurrogate((char) c) ? (char) f : (char) c;
            }
        }

        private Folded() {
        }

        static String of(String text) {
            char[] out = new char[text.length()];
            for (int i = 0; i < out.length; i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    int f = Character.toLowerCase(Character.toUpperCase(cp));
                    f = Character.isBmpCodePoint(f) ? cp : f;
                    out[i] = Character.highSurrogate(f);
                    out[i + 1] = Character.lowSurrogate(f);
                    i++;
                } else {
                    out[i] = BMP[c];
                }
            }
            return new String(out);
        }
    }
}
