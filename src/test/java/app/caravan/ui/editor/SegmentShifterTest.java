package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.caravan.domain.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentShifterTest {
    private static Segment seg(int start, int end) {
        return new Segment(start, end, List.of("remote-work"), "memo");
    }

    private static SegmentShifter.Result edit(String before, String after, Segment... segments) {
        return SegmentShifter.apply(List.of(segments), TextEdit.between(before, after));
    }

    @Test
    void diffFindsTheSingleReplacement() {
        assertEquals(new TextEdit(6, 0, 3), TextEdit.between("Hello world", "Hello my world"));
        assertEquals(new TextEdit(0, 0, 2), TextEdit.between("abc", "xyabc"));
        assertEquals(new TextEdit(3, 0, 0), TextEdit.between("abc", "abc"));
        assertEquals(new TextEdit(1, 1, 1), TextEdit.between("abc", "aXc"));
        assertEquals(new TextEdit(0, 3, 0), TextEdit.between("abc", ""));
        assertEquals(new TextEdit(2, 0, 1), TextEdit.between("aa", "aaa"), "rightmost when ambiguous");
    }

    @Test
    void insertionBeforeShiftsAndAfterKeeps() {
        // "I left in September" ; segment "left" = [2,6)
        String before = "I left in September";
        var result = edit(before, "So I left in September", seg(2, 6));
        assertEquals(List.of(seg(5, 9)), result.segments());
        assertEquals(0, result.clamped() + result.removed());

        result = edit(before, before + " 2022", seg(2, 6));
        assertEquals(List.of(seg(2, 6)), result.segments());
    }

    @Test
    void typingAtTheBoundariesDoesNotGrowTheSegment() {
        String before = "I left in September";
        assertEquals(List.of(seg(3, 7)), edit(before, "I Xleft in September", seg(2, 6)).segments());
        assertEquals(List.of(seg(2, 6)), edit(before, "I leftX in September", seg(2, 6)).segments());
    }

    @Test
    void editInsideGrowsOrShrinks() {
        String before = "I left in September";
        var grown = edit(before, "I left Moscow in September", seg(0, 9));
        assertEquals(List.of(seg(0, 16)), grown.segments());
        var shrunk = edit(before, "I left September", seg(0, 12));
        assertEquals(List.of(seg(0, 9)), shrunk.segments());
        assertEquals(0, shrunk.clamped());
        // the deletion took the segment's last word: it ends where the deletion began
        var clamped = edit(before, "I left September", seg(0, 9));
        assertEquals(List.of(seg(0, 7)), clamped.segments());
        assertEquals(1, clamped.clamped());
    }

    @Test
    void deletionOverlappingAnEdgeClamps() {
        // delete "left in " ([2,10)) from "I left in September"; segment "in September" [7,19)
        var result = edit("I left in September", "I September", seg(7, 19));
        assertEquals(List.of(seg(2, 11)), result.segments());
        assertEquals(1, result.clamped());
        // segment "I left" [0,6) loses its end
        result = edit("I left in September", "I September", seg(0, 6));
        assertEquals(List.of(seg(0, 2)), result.segments());
        assertEquals(1, result.clamped());
    }

    @Test
    void segmentWhoseTextIsDeletedIsRemoved() {
        var result = edit("I left in September", "I September", seg(2, 6), seg(12, 19));
        assertEquals(List.of(seg(4, 11)), result.segments());
        assertEquals(1, result.removed());
        assertEquals(0, result.clamped());
        assertEquals(1, edit("abc", "", seg(0, 3)).removed());
    }

    @Test
    void pastingOverAWholeSegmentRemovesIt() {
        // Its characters are all gone; the pasted text was never coded.
        var result = edit("I left in September", "I fled in September", seg(2, 6));
        assertEquals(List.of(), result.segments());
        assertEquals(1, result.removed());
    }

    @Test
    void quotableMarksMoveWithTheirSegments() {
        Segment quote = seg(2, 6).withQuotable(true);
        var result = edit("I left in September", "So I left in September", quote);
        assertEquals(List.of(seg(5, 9).withQuotable(true)), result.segments());
    }

    @Test
    void cyrillicOffsetsAreUtf16() {
        String before = "Я уехал в сентябре";
        var result = edit(before, "Тогда я уехал в сентябре".replace("Тогда я", "Тогда Я"), seg(2, 7));
        assertEquals(List.of(seg(8, 13)), result.segments());
        assertEquals("уехал", "Тогда Я уехал в сентябре".substring(8, 13));
    }
}
