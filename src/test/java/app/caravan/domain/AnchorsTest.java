package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Anchors.Anchor;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorsTest {
    private static final String TEXT = "Мы уехали 24 сентября через Верхний Ларс. Then I worked remotely from Tbilisi.";
    private static final String QUOTE = "Верхний Ларс";
    private static final int START = TEXT.indexOf(QUOTE);
    private static final int END = START + QUOTE.length();

    private static Anchor edit(String next) {
        return Anchors.reanchor(TEXT, next, START, END, QUOTE);
    }

    private static String covered(String text, Anchor a) {
        return text.substring(a.start(), a.end());
    }

    @Test
    void anEditBeforeTheRangeShiftsItAndOneAfterLeavesIt() {
        String before = "Интервьюер: " + TEXT;
        assertEquals(QUOTE, covered(before, edit(before)));
        String after = TEXT + " И потом в Ереван.";
        assertEquals(new Anchor(START, END, false), edit(after));
        String shorter = TEXT.replace("24 сентября ", "");
        assertEquals(QUOTE, covered(shorter, edit(shorter)));
    }

    @Test
    void textTypedExactlyAtEitherEndStaysOutside() {
        String atStart = TEXT.substring(0, START) + "КПП " + TEXT.substring(START);
        assertEquals(QUOTE, covered(atStart, edit(atStart)));
        String atEnd = TEXT.substring(0, END) + " (граница)" + TEXT.substring(END);
        assertEquals(QUOTE, covered(atEnd, edit(atEnd)));
    }

    @Test
    void anEditInsideTheRangeGrowsOrShrinksIt() {
        String grown = TEXT.replace(QUOTE, "Верхний, кажется, Ларс");
        Anchor a = edit(grown);
        assertEquals("Верхний, кажется, Ларс", covered(grown, a));
        String shrunk = TEXT.replace(QUOTE, "Вер Ларс");
        assertEquals("Вер Ларс", covered(shrunk, edit(shrunk)));
    }

    @Test
    void anEditAcrossOneEndKeepsTheSurvivingPartAndTheReplacement() {
        String next = TEXT.replace("Ларс. Then", "Ларс (пешком). And then");
        Anchor a = edit(next);
        assertFalse(a.detached());
        assertTrue(covered(next, a).startsWith("Верхний Ларс"), covered(next, a));
    }

    @Test
    void deletingTheCommentedTextDetachesTheComment() {
        String next = TEXT.replace("через " + QUOTE, "");
        Anchor a = edit(next);
        assertTrue(a.detached());
        assertEquals(a.start(), a.end());
        assertTrue(a.start() <= next.length());
    }

    @Test
    void aSwallowedQuotePastedBackNearbyIsFoundAgain() {
        String next = TEXT.replace("24 сентября через Верхний Ларс.", "через Верхний Ларс, 24 сентября.");
        Anchor a = edit(next);
        assertFalse(a.detached());
        assertEquals(QUOTE, covered(next, a));
    }

    @Test
    void aQuoteThatOnlyAppearsFarAwayDoesNotCatchTheComment() {
        String old = TEXT + " " + "x".repeat(200) + " Потом снова про Верхний Ларс.";
        String next = old.replaceFirst(QUOTE, "Казахстан");
        Anchor a = Anchors.reanchor(old, next, START, END, QUOTE);
        assertTrue(a.detached(), "the later, unrelated mention must not catch the comment: " + a);
    }

    @Test
    void replacingTheWholeTextKeepsTheCommentOnlyWhereTheQuoteStillIs() {
        String other = "Совсем другой текст без этих слов.";
        assertTrue(Anchors.reanchor(TEXT, other, START, END, QUOTE).detached());
        String rewritten = "Новая расшифровка: Верхний Ларс, очередь.";
        Anchor a = Anchors.reanchor(TEXT, rewritten, START, END, QUOTE);
        assertFalse(a.detached());
        assertEquals(QUOTE, covered(rewritten, a));
    }

    /**
     * Random replacements of [a, b) in random texts over a small alphabet (so diffs are
     * ambiguous): the anchor always fits the new text; an edit that does not touch the range
     * keeps it on exactly the quoted text; an edit inside it keeps the untouched ends.
     */
    @Test
    void propertyAnchorsFitAndEditsElsewhereNeverMoveTheCommentOffItsWords() {
        int checked = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            String alphabet = seed % 2 == 0 ? "ab " : "абвгд ежзAB.";
            String old = randomText(random, alphabet, 1 + random.nextInt(60));
            int start = random.nextInt(old.length());
            int end = start + 1 + random.nextInt(old.length() - start);
            String quote = old.substring(start, end);
            int a = random.nextInt(old.length() + 1);
            int b = a + random.nextInt(old.length() - a + 1);
            String inserted = randomText(random, alphabet, random.nextInt(6));
            String next = old.substring(0, a) + inserted + old.substring(b);

            Anchor anchor = Anchors.reanchor(old, next, start, end, quote);

            String where = "seed " + seed + ": '" + old + "' [" + start + "," + end + ") edit [" + a + "," + b
                    + ")='" + inserted + "' -> " + anchor;
            assertTrue(0 <= anchor.start() && anchor.start() <= anchor.end() && anchor.end() <= next.length(), where);
            assertEquals(anchor.detached(), anchor.start() == anchor.end(), where);
            boolean untouched = b < start || a > end || (a == b && (a == start || a == end));
            if (untouched) {
                assertFalse(anchor.detached(), where);
                assertEquals(quote, covered(next, anchor), where);
                checked++;
            } else if (start < a && b < end) {
                String result = covered(next, anchor);
                assertTrue(result.startsWith(old.substring(start, a)) && result.endsWith(old.substring(b, end)),
                        where);
            }
            assertEquals(new Anchor(start, end, false), Anchors.reanchor(old, old, start, end, quote), where);
        }
        assertTrue(checked > 1000, "edits outside the range checked: " + checked);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
