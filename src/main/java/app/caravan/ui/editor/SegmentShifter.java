package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps coded segments on the same characters while the transcript is edited. A segment always
 * runs from the first to the last of its characters that survive an edit: text inserted
 * strictly inside it joins it, text typed or pasted at either edge stays outside, and a
 * segment whose characters are all gone (deleted, or pasted over) is removed. The caller tells
 * the user about segments that lost characters at an edge ("clamped") or were removed.
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
            int start = mapStart(s.start(), edit);
            int end = mapEnd(s.end(), edit);
            if (end <= start) {
                removed++;
                continue;
            }
            if (lostFirst(s, edit) || lostLast(s, edit)) {
                clamped++;
            }
            out.add(start == s.start() && end == s.end() ? s
                    : new Segment(start, end, s.themes(), s.memo(), s.quotable()));
        }
        return new Result(out, clamped, removed);
    }

    /** Where the first character at or after {@code start} that survives the edit ends up. */
    private static int mapStart(int start, TextEdit edit) {
        if (start < edit.position()) {
            return start;
        }
        if (start >= edit.removedEnd()) {
            return start + edit.delta();
        }
        return edit.position() + edit.inserted();
    }

    /** One past where the last character before {@code end} that survives the edit ends up. */
    private static int mapEnd(int end, TextEdit edit) {
        if (end <= edit.position()) {
            return end;
        }
        if (end > edit.removedEnd()) {
            return end + edit.delta();
        }
        return edit.position();
    }

    private static boolean lostFirst(Segment s, TextEdit edit) {
        return edit.removed() > 0 && s.start() >= edit.position() && s.start() < edit.removedEnd();
    }

    private static boolean lostLast(Segment s, TextEdit edit) {
        return edit.removed() > 0 && s.end() - 1 >= edit.position() && s.end() - 1 < edit.removedEnd();
    }
}
