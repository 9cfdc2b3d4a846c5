package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps coded segments pointing at the same words while the transcript is edited. Segments
 * after an edit move by its length delta, an edit inside a segment grows or shrinks it, a
 * segment that lost part of its text to a deletion is clamped, and one whose text is gone
 * entirely is removed; the caller tells the user about the last two.
 */
public final class SegmentShifter {
    private SegmentShifter() {
    }

    public record Result(List<Segment> segments, int clamped, int removed) {
        public Result {
            segments = List.copyOf(segments);
        }

        public boolean changedCoding() {
            return clamped > 0 || removed > 0;
        }
    }

    public static Result apply(List<Segment> segments, TextEdit edit) {
        List<Segment> out = new ArrayList<>(segments.size());
        int clamped = 0;
        int removed = 0;
        for (Segment s : segments) {
            boolean startInside = s.start() > edit.position() && s.start() < edit.removedEnd();
            boolean endInside = s.end() > edit.position() && s.end() < edit.removedEnd();
            int start = mapStart(s.start(), edit);
            int end = mapEnd(s.end(), edit);
            if (end <= start) {
                removed++;
                continue;
            }
            if (startInside || endInside) {
                clamped++;
            }
            out.add(start == s.start() && end == s.end() ? s : new Segment(start, end, s.themes(), s.memo()));
        }
        return new Result(out, clamped, removed);
    }

    /**
     * A start inside replaced text moves to just after the replacement; text typed right at a
     * segment's start goes before the segment, not into it.
     */
    private static int mapStart(int offset, TextEdit edit) {
        if (offset < edit.position() || (offset == edit.position() && edit.removed() > 0)) {
            return offset;
        }
        if (offset >= edit.removedEnd()) {
            return offset + edit.delta();
        }
        return edit.position() + edit.inserted();
    }

    /** An end inside replaced text moves to just before the replacement. */
    private static int mapEnd(int offset, TextEdit edit) {
        if (offset < edit.position() || (offset == edit.position() && edit.removed() == 0)) {
            return offset;
        }
        if (offset >= edit.removedEnd()) {
            return offset + edit.delta();
        }
        return edit.position();
    }
}
