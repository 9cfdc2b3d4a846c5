package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Segment;
import app.caravan.domain.Timecode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The highlighting kept up to date edit by edit must be exactly the highlighting computed from
 * scratch: random inserts, deletes and pastes over a selection, before, inside and after
 * overlapping segments and time marks, one or several edits per update. The screen is modelled
 * character by character the way the area treats styles, so what {@link IncrementalStyles} asks
 * the area to apply is checked too, not only what it believes is applied.
 */
class IncrementalStylesTest {
    private static final Highlighter HIGHLIGHTER = new Highlighter(Map.of("a", "#1f77b4", "b", "#d62728",
            "c", "#2ca02c", "d", "#9467bd"));
    private static final String[] THEMES = {"a", "b", "c", "d"};
    private static final String[] PIECES = {"x", "ж", " ", "\n", "[", "]", ":", "0", "1", "5", "[00:12:30]",
        "[1:02:03]", "00:", "Мама осталась в Ростове. "};

    @Test
    void editedRunsMoveLikeTheAreaMovesItsStyles() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int length = random.nextInt(60);
            String[] chars = randomStyles(random, length);
            StyleRuns runs = runsOf(chars);
            for (int e = 0; e < 20; e++) {
                TextEdit edit = randomEdit(random, chars.length, 1 + random.nextInt(4));
                chars = edited(chars, edit);
                runs = runs.edited(edit);
                assertSame(chars, runs, "round " + round + " edit " + e + " " + edit);
            }
        }
    }

    @Test
    void spliceReplacesExactlyTheStretch() {
        Random random = new Random(12);
        for (int round = 0; round < 500; round++) {
            String[] chars = randomStyles(random, random.nextInt(50));
            int from = random.nextInt(chars.length + 1);
            int to = from + random.nextInt(chars.length - from + 1);
            String[] replacement = randomStyles(random, random.nextInt(8));
            String[] expected = new String[chars.length - (to - from) + replacement.length];
            System.arraycopy(chars, 0, expected, 0, from);
            System.arraycopy(replacement, 0, expected, from, replacement.length);
            System.arraycopy(chars, to, expected, from + replacement.length, chars.length - to);
            StyleRuns spliced = runsOf(chars).splice(from, to, runsOf(replacement));
            assertSame(expected, spliced, "round " + round + " [" + from + ", " + to + ")");
            assertSame(Arrays.copyOfRange(chars, from, to), runsOf(chars).slice(from, to), "slice");
        }
    }

    @Test
    void incrementalHighlightingEqualsTheWholeComputationAfterRandomEdits() {
        int updates = 0;
        int partial = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            while (text.length() < 300 + random.nextInt(400)) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<Segment> segments = randomSegments(random, text.length());
            List<Timecode.Mark> marks = Timecode.marks(text.toString());
            IncrementalStyles styles = new IncrementalStyles();
            styles.loaded(text.length());
            String[] screen = new String[text.length()];
            Arrays.fill(screen, StyleRuns.PLAIN);
            screen = apply(screen, styles.update(text.length(), HIGHLIGHTER, segments, marks));
            for (int e = 0; e < 200; e++) {
                String inserted = random.nextInt(3) == 0 ? "" : PIECES[random.nextInt(PIECES.length)];
                TextEdit edit = randomEdit(random, text.length(), inserted.length());
                text.replace(edit.position(), edit.removedEnd(), inserted);
                screen = edited(screen, edit);
                styles.edited(edit);
                segments = SegmentShifter.apply(segments, edit).segments();
                marks = TimeMarks.edited(marks, text.toString(), edit);
                // Several edits can arrive between two pulses; the area restyles once per pulse.
                if (random.nextInt(3) > 0) {
                    Optional<IncrementalStyles.Change> change = styles.update(text.length(), HIGHLIGHTER, segments,
                            marks);
                    if (change.isPresent() && change.get().runs().length() < text.length()) {
                        partial++;
                    }
                    screen = apply(screen, change);
                    updates++;
                    StyleRuns whole = HIGHLIGHTER.compute(text.length(), segments, marks);
                    assertTrue(whole.sameAs(styles.applied()), "seed " + seed + " edit " + e + " " + edit);
                    assertSame(screen, whole, "on screen, seed " + seed + " edit " + e + " " + edit);
                }
            }
        }
        assertTrue(updates > 3_000, "updates checked: " + updates);
        assertTrue(partial > 100, "most updates restyle a stretch, not the whole text: " + partial);
    }

    @Test
    void codingChangesRecomputeTheWholeText() {
        String text = "Я уехал из Екатеринбурга 24 сентября. [00:12:30] We crossed at Verkhny Lars.";
        IncrementalStyles styles = new IncrementalStyles();
        styles.loaded(text.length());
        List<Timecode.Mark> marks = Timecode.marks(text);
        styles.update(text.length(), HIGHLIGHTER, List.of(), marks);
        List<Segment> coded = List.of(new Segment(2, 7, List.of("a"), ""), new Segment(60, 70, List.of("b"), ""));
        assertEquals(Optional.empty(), styles.update(text.length(), HIGHLIGHTER, coded, marks).map(c -> c.from()),
                "nothing edited, nothing invalidated: nothing to do");
        styles.invalidateAll();
        IncrementalStyles.Change change = styles.update(text.length(), HIGHLIGHTER, coded, marks).orElseThrow();
        assertEquals(2, change.from());
        assertEquals(70 - 2, change.runs().length());
        assertTrue(HIGHLIGHTER.compute(text.length(), coded, marks).sameAs(styles.applied()));
    }

    private static String[] apply(String[] screen, Optional<IncrementalStyles.Change> change) {
        if (change.isEmpty()) {
            return screen;
        }
        String[] out = screen.clone();
        StyleRuns runs = change.get().runs();
        for (int i = 0; i < runs.length(); i++) {
            out[change.get().from() + i] = runs.styleAt(i);
        }
        return out;
    }

    /** The area with {@code useInitialStyleForInsertion}: removed characters take their styles, inserted are plain. */
    private static String[] edited(String[] chars, TextEdit edit) {
        String[] out = new String[chars.length + edit.delta()];
        System.arraycopy(chars, 0, out, 0, edit.position());
        Arrays.fill(out, edit.position(), edit.position() + edit.inserted(), StyleRuns.PLAIN);
        System.arraycopy(chars, edit.removedEnd(), out, edit.position() + edit.inserted(),
                chars.length - edit.removedEnd());
        return out;
    }

    private static TextEdit randomEdit(Random random, int length, int inserted) {
        int position = random.nextInt(length + 1);
        int removed = random.nextInt(2) == 0 ? 0 : random.nextInt(Math.min(12, length - position) + 1);
        return new TextEdit(position, removed, inserted);
    }

    private static List<Segment> randomSegments(Random random, int length) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int start = random.nextInt(length - 1);
            int end = start + 1 + random.nextInt(Math.min(50, length - start));
            List<String> themes = random.nextInt(4) == 0 ? List.of(THEMES[i % 4], THEMES[(i + 1) % 4])
                    : List.of(THEMES[i % 4]);
            out.add(new Segment(start, end, themes, ""));
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end()));
        return out;
    }

    private static String[] randomStyles(Random random, int length) {
        String[] styles = {StyleRuns.PLAIN, "s1", "s2", "s3"};
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            out[i] = i > 0 && random.nextInt(3) > 0 ? out[i - 1] : styles[random.nextInt(styles.length)];
        }
        return out;
    }

    private static StyleRuns runsOf(String[] chars) {
        StyleRuns.Builder builder = new StyleRuns.Builder();
        for (String style : chars) {
            builder.add(style, 1);
        }
        return builder.build();
    }

    private static void assertSame(String[] chars, StyleRuns runs, String where) {
        assertEquals(chars.length, runs.length(), "length, " + where);
        for (int i = 0; i < chars.length; i++) {
            assertEquals(chars[i], runs.styleAt(i), "style at " + i + ", " + where);
        }
        // Runs are merged: one per change of style, no two neighbours alike, none empty.
        int changes = 0;
        for (int i = 1; i < chars.length; i++) {
            changes += chars[i].equals(chars[i - 1]) ? 0 : 1;
        }
        assertEquals(1 + changes, runs.runCount(), "runs, " + where);
    }
}
