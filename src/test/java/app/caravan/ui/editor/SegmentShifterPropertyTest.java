package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.caravan.domain.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Segment offsets under thousands of random inserts, deletes and replacements (pastes over a
 * selection). Every character carries an identity; after each edit every segment must run
 * exactly from the first to the last of its surviving original characters (text inserted
 * strictly inside joins it), or be gone when none survive; and nothing else may change.
 */
class SegmentShifterPropertyTest {
    private static final int SEEDS = 40;
    private static final int EDITS_PER_SEED = 250;

    @Test
    void segmentsAlwaysCoverTheSameCharactersOrAreRemoved() {
        int checkedEdits = 0;
        int removedSegments = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            // The text as character identities; fresh identities for every inserted character.
            List<Integer> text = new ArrayList<>();
            int nextId = 0;
            for (int i = 0; i < 200 + random.nextInt(300); i++) {
                text.add(nextId++);
            }
            List<Segment> segments = new ArrayList<>();
            // Each segment's original characters, by segment memo (unique per segment).
            Map<String, List<Integer>> owned = new HashMap<>();
            for (int s = 0; s < 25; s++) {
                int start = random.nextInt(text.size() - 1);
                int end = start + 1 + random.nextInt(Math.min(60, text.size() - start));
                String memo = "s" + s;
                segments.add(new Segment(start, end, List.of("t" + (s % 4)), memo, s % 3 == 0));
                owned.put(memo, new ArrayList<>(text.subList(start, end)));
            }
            for (int e = 0; e < EDITS_PER_SEED; e++) {
                TextEdit edit = randomEdit(random, text.size());
                List<Integer> inserted = new ArrayList<>();
                for (int i = 0; i < edit.inserted(); i++) {
                    inserted.add(nextId++);
                }
                List<Integer> removed = new ArrayList<>(text.subList(edit.position(), edit.removedEnd()));
                text.subList(edit.position(), edit.removedEnd()).clear();
                text.addAll(edit.position(), inserted);

                SegmentShifter.Result result = SegmentShifter.apply(segments, edit);
                int before = segments.size();
                List<Segment> next = result.segments();
                assertEquals(before - result.removed(), next.size(), "removed count, seed " + seed);
                for (Segment s : segments) {
                    List<Integer> survivors = new ArrayList<>(owned.get(s.memo()));
                    survivors.removeAll(removed);
                    Segment after = next.stream().filter(n -> n.memo().equals(s.memo())).findFirst().orElse(null);
                    if (survivors.isEmpty()) {
                        if (after != null) {
                            fail("seed " + seed + " edit " + e + ": segment " + s.memo() + " lost all its text but stayed");
                        }
                        owned.remove(s.memo());
                        removedSegments++;
                        continue;
                    }
                    if (after == null) {
                        fail("seed " + seed + " edit " + e + ": segment " + s.memo() + " was removed with text left");
                    }
                    int first = text.indexOf(survivors.get(0));
                    int last = text.indexOf(survivors.get(survivors.size() - 1));
                    assertEquals(first, after.start(), "start, seed " + seed + " edit " + e + " " + edit);
                    assertEquals(last + 1, after.end(), "end, seed " + seed + " edit " + e + " " + edit);
                    assertEquals(s.themes(), after.themes());
                    assertEquals(s.quotable(), after.quotable());
                    // What the segment covers now: its survivors plus what was typed strictly inside.
                    owned.put(s.memo(), new ArrayList<>(text.subList(after.start(), after.end())));
                    assertTrue(text.subList(after.start(), after.end()).containsAll(survivors));
                }
                segments = new ArrayList<>(next);
                checkedEdits++;
            }
        }
        assertEquals(SEEDS * EDITS_PER_SEED, checkedEdits);
        assertTrue(removedSegments > 0, "the random edits should also delete whole segments");
    }

    @Test
    void diffOfTwoTextsIsAnEditThatProducesTheSecond() {
        Random random = new Random(99);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder a = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                a.append((char) ('a' + random.nextInt(3)));
            }
            TextEdit edit = randomEdit(random, a.length());
            StringBuilder b = new StringBuilder(a);
            StringBuilder insert = new StringBuilder();
            for (int j = 0; j < edit.inserted(); j++) {
                insert.append((char) ('a' + random.nextInt(3)));
            }
            b.replace(edit.position(), edit.removedEnd(), insert.toString());
            TextEdit found = TextEdit.between(a.toString(), b.toString());
            String rebuilt = a.substring(0, found.position())
                    + b.substring(found.position(), found.position() + found.inserted())
                    + a.substring(found.removedEnd());
            assertEquals(b.toString(), rebuilt);
        }
    }

    /** Inserts (typing, pasting), deletes (backspace, a selection) and replacements, anywhere. */
    private static TextEdit randomEdit(Random random, int length) {
        int position = length == 0 ? 0 : random.nextInt(length + 1);
        int kind = random.nextInt(4);
        int removed = kind == 0 ? 0 : Math.min(length - position, kind == 1 ? 1 : random.nextInt(40));
        int inserted = kind == 2 ? 0 : kind == 0 ? 1 + random.nextInt(random.nextBoolean() ? 2 : 30)
                : random.nextInt(30);
        return new TextEdit(position, removed, inserted);
    }
}
