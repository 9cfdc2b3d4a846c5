package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of {@link Words} find exactly what the regular expressions they
 * replaced found, on random text made of the characters where they could differ: both cases of
 * Latin, Cyrillic and Greek, combining marks, the one Cyrillic non-letter, digits of other
 * scripts, supplementary letters, lone surrogates, and the letters whose case folds oddly.
 */
class WordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String ALPHABET = "aAbBzZ_ 0719.-@+,;\n\tабвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЙЩЪЫЬЯ"
            + "\u0482\u0483\u0489\u0301\u0308ıİſKℌµΣσςßẞǅǄǆ٣१ⅷ²\u00A0\uFB01";
    private static final String[] SUPPLEMENTARY = {"\uD801\uDC00", "\uD801\uDC28", "\uD835\uDC00", "\uD83D\uDE00"};
    private static final String[] LONE = {"\uD801", "\uDC00"};

    private final Random random = new Random(20221017);
    private boolean bmpOnly;

    @Test
    void wordsAreTheRunsOfLettersAndMarks() {
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(1 + random.nextInt(40));
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group());
            }
            List<String> actual = Words.of(text).stream().map(w -> w.start() + "-" + w.end() + ":" + w.text()).toList();
            assertEquals(expected, actual, "words of " + escaped(text));
        }
    }

    @Test
    void spansCarryTheHashOfEachWordsSubstring() {
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(1 + random.nextInt(40));
            WordSpans spans = Words.spans(text);
            for (int i = 0; i < spans.size(); i++) {
                String word = text.substring(spans.start(i), spans.end(i));
                assertEquals(word.hashCode(), spans.hash(i), "hash of " + escaped(word) + " in " + escaped(text));
            }
        }
    }

    @Test
    void joinedIsTheJoinerRegexOverTheGap() {
        Pattern joiner = Pattern.compile("[ \\t\\u00A0.\\-–'ʻʼ’]{1,3}");
        String gapChars = " \t\u00A0.-–'ʻʼ’\n,a" + LONE[0];
        int joined = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder gap = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                gap.append(gapChars.charAt(random.nextInt(gapChars.length())));
            }
            String text = "ab" + gap + "cd";
            boolean expected = joiner.matcher(text).region(2, 2 + gap.length()).matches();
            assertEquals(expected, Words.joined(text, 2, 2 + gap.length()), escaped(text));
            joined += expected ? 1 : 0;
        }
        assertEquals(true, joined > 1_000, "joined often enough to compare: " + joined);
    }

    @Test
    void occurrencesAreThoseOfACaseInsensitiveWholeWordRegex() {
        int found = 0;
        bmpOnly = true; // beyond it the regex folded some slices and not others; see the next test
        for (int n = 0; n < 20_000; n++) {
            String quote = randomText(1 + random.nextInt(3));
            if (quote.isBlank()) {
                continue;
            }
            StringBuilder text = new StringBuilder(randomText(random.nextInt(30)));
            for (int k = random.nextInt(3); k > 0; k--) {
                text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? quote : swapCase(quote));
            }
            List<String> expected = regexOccurrences(text.toString(), quote);
            List<String> actual = Words.occurrences(text.toString(), quote).stream().map(a -> a[0] + "-" + a[1]).toList();
            assertEquals(expected, actual, escaped(quote) + " in " + escaped(text.toString()));
            found += actual.size();
        }
        assertEquals(true, found > 2_000, "the quotes were found often enough to compare: " + found);
    }

    @Test
    void lettersBeyondTheBmpAreFoundInEitherCase() {
        String upper = "\uD801\uDC00"; // DESERET CAPITAL LONG I
        String lower = "\uD801\uDC28";
        assertEquals(List.of("0-3", "4-7"), Words.occurrences("ы" + upper + " Ы" + lower, "ы" + lower).stream()
                .map(a -> a[0] + "-" + a[1]).toList());
        assertEquals(List.of(), Words.occurrences("\uD801" + lower, "\uDC28"), "never half of a surrogate pair");
    }

    /** What {@link Words#occurrences} was before: a case-insensitive Unicode regex with word-boundary lookarounds. */
    private static List<String> regexOccurrences(String text, String quote) {
        String q = quote.strip();
        String regex = (wordChar(q.charAt(0)) ? "(?<![\\p{L}\\p{M}\\p{N}_])" : "") + Pattern.quote(q)
                + (wordChar(q.charAt(q.length() - 1)) ? "(?![\\p{L}\\p{M}\\p{N}_])" : "");
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int pick = bmpOnly ? 2 + random.nextInt(38) : random.nextInt(40);
            if (pick == 0) {
                out.append(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
            } else if (pick == 1) {
                out.append(LONE[random.nextInt(LONE.length)]);
            } else {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }

    private String swapCase(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp)
                : Character.toLowerCase(cp)));
        return out.length() == s.length() ? out.toString() : s;
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
