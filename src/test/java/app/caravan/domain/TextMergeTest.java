package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextMergeTest {
    private static String block(String mine, String theirs) {
        return TextMerge.MINE_MARKER + "\n" + mine + TextMerge.SEPARATOR + "\n" + theirs + TextMerge.THEIRS_MARKER
                + "\n";
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals("", TextMerge.merge("", ""));
        assertEquals("", TextMerge.merge(null, null));
        String text = "Мы уехали в сентябре.\nПотом Тбилиси.\n";
        assertEquals(text, TextMerge.merge(text, text));
        assertEquals(text, TextMerge.merge("", text), "an empty side adds nothing and takes nothing");
        assertEquals(text, TextMerge.merge(text, ""));
        assertFalse(TextMerge.hasMarkers(text));
        assertFalse(TextMerge.hasMarkers(""));
        assertFalse(TextMerge.hasMarkers(null));
    }

    @Test
    void linesOnlyOneSideHasAreKeptWithoutMarkers() {
        String base = "один\nдва\nтри\n";
        String mine = "ноль\nодин\nдва\nтри\n";
        String theirs = "один\nдва\nтри\nчетыре\n";
        assertEquals("ноль\nодин\nдва\nтри\nчетыре\n", TextMerge.merge(mine, theirs));
        assertEquals("один\nдва\nдва с половиной\nтри\n", TextMerge.merge(base, "один\nдва\nдва с половиной\nтри\n"));
        assertEquals("один\nдва\nтри\n", TextMerge.merge("один\nтри\n", base),
                "a line one side lacks is kept: a deletion cannot be told from an insertion");
    }

    @Test
    void linesChangedOnBothSidesBecomeOneBlockEach() {
        String mine = "Вопрос: откуда?\nОтвет: из Казани.\nВопрос: когда?\nОтвет: в марте.\n";
        String theirs = "Вопрос: откуда?\nОтвет: из Казани, с семьёй.\nВопрос: когда?\nОтвет: в апреле.\n";
        String merged = TextMerge.merge(mine, theirs);
        assertEquals("Вопрос: откуда?\n" + block("Ответ: из Казани.\n", "Ответ: из Казани, с семьёй.\n")
                + "Вопрос: когда?\n" + block("Ответ: в марте.\n", "Ответ: в апреле.\n"), merged);
        assertTrue(TextMerge.hasMarkers(merged));
        String resolved = "Вопрос: откуда?\nОтвет: из Казани, с семьёй.\nВопрос: когда?\nОтвет: в марте.\n";
        assertFalse(TextMerge.hasMarkers(resolved));
    }

    @Test
    void aBlockHoldsEveryDifferingLineOfItsHunk() {
        String merged = TextMerge.merge("a\nb\nc\nz\n", "a\nx\ny\nz\n");
        assertEquals("a\n" + block("b\nc\n", "x\ny\n") + "z\n", merged);
    }

    @Test
    void crlfAndLfCopiesAgreeAndTheDeskLineEndingWins() {
        String mine = "строка 1\r\nстрока 2\r\nстрока 3\r\n";
        String theirs = "строка 1\nстрока 2\nстрока 3\nстрока 4\n";
        assertEquals("строка 1\r\nстрока 2\r\nстрока 3\r\nстрока 4\r\n", TextMerge.merge(mine, theirs));
        String conflict = TextMerge.merge("a\r\nb\r\n", "a\r\nc\r\n");
        assertEquals("a\r\n" + TextMerge.MINE_MARKER + "\r\nb\r\n" + TextMerge.SEPARATOR + "\r\nc\r\n"
                + TextMerge.THEIRS_MARKER + "\r\n", conflict);
        assertTrue(TextMerge.hasMarkers(conflict));
        assertEquals("x\ny", TextMerge.merge("x", "x\ny"), "a text without a break takes the other's ending");
    }

    @Test
    void aMissingFinalBreakFollowsTheDesk() {
        assertEquals("a\nb\nc", TextMerge.merge("a\nb", "a\nb\nc\n"));
        assertEquals("a\n" + TextMerge.MINE_MARKER + "\nb\n" + TextMerge.SEPARATOR + "\nc\n" + TextMerge.THEIRS_MARKER,
                TextMerge.merge("a\nb", "a\nc"));
    }

    @Test
    void markersCountOnlyAsWholeLines() {
        assertFalse(TextMerge.hasMarkers("он сказал <<<<<<< desk посреди строки"));
        assertFalse(TextMerge.hasMarkers("======= и дальше"));
        assertTrue(TextMerge.hasMarkers("текст\n" + TextMerge.SEPARATOR + "\nещё"));
        assertTrue(TextMerge.hasMarkers(TextMerge.THEIRS_MARKER));
        assertTrue(TextMerge.hasMarkers("x\r\n" + TextMerge.MINE_MARKER + "\r\n"));
    }

    @Test
    void aHugeDifferenceFallsBackToOneBlockAroundTheCommonEnds() {
        int lines = 2_100;
        String mine = "начало\n" + numbered("desk ", lines) + "конец\n";
        String theirs = "начало\n" + numbered("field ", lines) + "конец\n";
        String merged = TextMerge.merge(mine, theirs);
        assertEquals("начало\n" + block(numbered("desk ", lines), numbered("field ", lines)) + "конец\n", merged);
        // just under the limit the diff still runs and finds the common line in the middle
        String small = TextMerge.merge("a\n" + numbered("d", 10) + "m\n" + numbered("e", 10),
                "a\n" + numbered("f", 10) + "m\n" + numbered("g", 10));
        assertEquals("a\n" + block(numbered("d", 10), numbered("f", 10)) + "m\n" + block(numbered("e", 10),
                numbered("g", 10)), small);
    }

    private static String numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i + "\n").collect(Collectors.joining());
    }
}
