package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Segment;
import app.caravan.domain.Timecode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Highlighting of coded spans, and re-applying only what changed after an edit. */
class HighlighterTest {
    private static final Highlighter HIGHLIGHTER = new Highlighter(Map.of("a", "#1f77b4", "b", "#d62728",
            "c", "#2ca02c", "d", "#9467bd"));

    @Test
    void overlappingCodesUseSeparateChannels() {
        // "Я уехал из Екатеринбурга": [2,7) coded a, [5,24) coded b, [9,12) coded c
        List<Segment> segments = List.of(new Segment(2, 7, List.of("a"), ""), new Segment(5, 24, List.of("b"), ""),
                new Segment(9, 12, List.of("c"), ""));
        StyleRuns runs = HIGHLIGHTER.compute(30, segments, List.of());
        assertEquals("", runs.styleAt(0));
        assertEquals("-rtfx-background-color: rgba(31,119,180,0.3);", runs.styleAt(3));
        String overlap = runs.styleAt(6);
        assertTrue(overlap.startsWith("-rtfx-background-color: rgba(31,119,180,0.3);"), overlap);
        assertTrue(overlap.contains("-rtfx-underline-color: #d62728"), overlap);
        assertEquals("-rtfx-background-color: rgba(214,39,40,0.3);", runs.styleAt(8), "b alone");
        assertTrue(runs.styleAt(10).contains("-rtfx-underline-color: #2ca02c"), "c inside b underlines");
        assertEquals("", runs.styleAt(25));
    }

    @Test
    void threeAndMoreThemesFrameAndDarken() {
        List<Segment> segments = List.of(new Segment(0, 10, List.of("a", "b", "c"), ""),
                new Segment(2, 4, List.of("d"), ""));
        StyleRuns runs = HIGHLIGHTER.compute(10, segments, List.of());
        assertTrue(runs.styleAt(0).contains("-rtfx-border-stroke-color: #2ca02c"));
        assertTrue(runs.styleAt(3).contains("0.5)"), "four themes: a denser background");
    }

    @Test
    void timeMarksLookLikeLinks() {
        String text = "[00:12:30] Смеётся";
        StyleRuns runs = HIGHLIGHTER.compute(text.length(), List.of(new Segment(0, 18, List.of("a"), "")),
                Timecode.marks(text));
        assertTrue(runs.styleAt(3).endsWith(Highlighter.MARK_STYLE));
        assertTrue(runs.styleAt(3).startsWith("-rtfx-background-color"));
        assertEquals("-rtfx-background-color: rgba(31,119,180,0.3);", runs.styleAt(12));
    }

    @Test
    void onlyTheChangedStretchIsReapplied() {
        Random random = new Random(5);
        int length = 2_000;
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int start = random.nextInt(length - 50);
            segments.add(new Segment(start, start + 1 + random.nextInt(49), List.of("abcd".charAt(i % 4) + ""), ""));
        }
        StyleRuns applied = HIGHLIGHTER.compute(length, segments, List.of());
        for (int e = 0; e < 500; e++) {
            int position = random.nextInt(length + 1);
            int removed = Math.min(length - position, random.nextInt(3) == 0 ? random.nextInt(30) : 0);
            int inserted = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(5);
            TextEdit edit = new TextEdit(position, removed, inserted);
            length += edit.delta();
            segments = SegmentShifter.apply(segments, edit).segments();
            StyleRuns shifted = applied.edited(edit);
            StyleRuns wanted = HIGHLIGHTER.compute(length, segments, List.of());
            String[] screen = chars(shifted);
            Optional<int[]> range = StyleRuns.difference(shifted, wanted);
            range.ifPresent(r -> {
                for (int i = r[0]; i < r[1]; i++) {
                    screen[i] = wanted.styleAt(i);
                }
            });
            assertArrayEquals(chars(wanted), screen, "after edit " + e);
            applied = wanted;
        }
    }

    @Test
    void timeMarksFollowEditsLikeAFullScan() {
        Random random = new Random(11);
        String[] pieces = {"[00:12:30]", "[0", "1:15:00] ", "текст ", "\n", "]", "[", "9", ":"};
        StringBuilder text = new StringBuilder("[00:00:05] начало\n");
        List<Timecode.Mark> marks = Timecode.marks(text.toString());
        for (int e = 0; e < 3_000; e++) {
            int position = random.nextInt(text.length() + 1);
            int removed = Math.min(text.length() - position, random.nextInt(4) == 0 ? random.nextInt(15) : 0);
            String inserted = random.nextInt(3) == 0 ? "" : pieces[random.nextInt(pieces.length)];
            text.replace(position, position + removed, inserted);
            marks = TimeMarks.edited(marks, text.toString(), new TextEdit(position, removed, inserted.length()));
            assertEquals(Timecode.marks(text.toString()), marks, "after edit " + e);
        }
    }

    private static String[] chars(StyleRuns runs) {
        String[] out = new String[runs.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = runs.styleAt(i);
        }
        return out;
    }
}
