package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words of Unicode letters (with their combining marks), keeping offsets. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** What may stand between the words of one name: "St. Petersburg", "Ростов-на-Дону", "Farg'ona". */
    private static final Pattern JOINER = Pattern.compile("[ \\t\\u00A0.\\-–'ʻʼ’]{1,3}");

    record Word(int start, int end, String text) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    static List<String> strings(String text) {
        return of(text).stream().map(Word::text).toList();
    }

    /** True when only a short joiner (space, dot, hyphen, apostrophe; no line break) separates the two words. */
    static boolean joined(String text, Word left, Word right) {
        return JOINER.matcher(text).region(left.end(), right.start()).matches();
    }

    /**
     * Every occurrence of {@code quote}, case-insensitive; where the quote begins or ends with a
     * letter or digit, the occurrence must not continue a longer word there.
     */
    static List<int[]> occurrences(String text, String quote) {
        String q = quote.strip();
        List<int[]> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        String regex = (isWordChar(q.charAt(0)) ? "(?<![\\p{L}\\p{M}\\p{N}_])" : "") + Pattern.quote(q)
                + (isWordChar(q.charAt(q.length() - 1)) ? "(?![\\p{L}\\p{M}\\p{N}_])" : "");
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
