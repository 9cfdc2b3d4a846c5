package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import app.caravan.domain.Timecode;
import java.util.List;
import java.util.Optional;

/**
 * The transcript's highlighting kept up to date edit by edit. The runs on screen move with each
 * edit exactly as the area moves its own styles ({@link StyleRuns#edited}); what typing can
 * change beyond that is confined to the stretch it touched: the typed text itself (inside a
 * segment it takes the segment's colors), the segments reaching that stretch (a deletion can
 * merge their starts and so their order), and a mark's width around it (a time mark can appear
 * or go).
 * Only that stretch is computed again, so a keystroke costs the same on a 2 KB and a 200 KB
 * transcript with a thousand segments. Everything else (loading, coding commands, the theme
 * colors) recomputes the whole text. No JavaFX: the area applies what {@link #update} returns.
 */
final class IncrementalStyles {
    /** {@code runs} replace the styles from {@code from} on, for {@code runs.length()} characters. */
    record Change(int from, StyleRuns runs) {
    }

    /**
     * The longest time mark, {@code [hhh:mm:ss]}: a mark an edit made or broke has a character
     * within this distance of the edit, so the stretch reaches this far to either side.
     */
    static final int MARK_REACH = 11;

    private StyleRuns applied = StyleRuns.plain(0);
    /** The stretch [dirtyFrom, dirtyTo] that edits since the last update touched; dirtyFrom < 0 when none. */
    private int dirtyFrom = -1;
    private int dirtyTo;
    private boolean wholeText;

    /** The styles on screen. */
    StyleRuns applied() {
        return applied;
    }

    /** A text of {@code length} characters was loaded unstyled; the next update styles all of it. */
    void loaded(int length) {
        applied = StyleRuns.plain(length);
        dirtyFrom = -1;
        wholeText = true;
    }

    /** Something other than an edit changed the wanted styles (segments, colors): recompute everything. */
    void invalidateAll() {
        wholeText = true;
    }

    boolean pending() {
        return wholeText || dirtyFrom >= 0;
    }

    /** The area applied {@code edit} to its text and styles; styles the same way here. */
    void edited(TextEdit edit) {
        applied = applied.edited(edit);
        int editEnd = edit.position() + edit.inserted();
        if (dirtyFrom < 0) {
            dirtyFrom = edit.position();
            dirtyTo = editEnd;
        } else {
            dirtyFrom = Math.min(mapStart(dirtyFrom, edit), edit.position());
            dirtyTo = Math.max(mapEnd(dirtyTo, edit), editEnd);
        }
    }

    /**
     * The styles to apply so that the area shows what {@code highlighter} computes for a text of
     * {@code length} characters with {@code segments} and {@code marks} (both already following
     * the edits), or empty when the screen is right already.
     */
    Optional<Change> update(int length, Highlighter highlighter, List<Segment> segments, List<Timecode.Mark> marks) {
        if (applied.length() != length) {
            throw new IllegalStateException("the styles cover " + applied.length() + " characters but the transcript has "
                    + length + ": an edit was not reported");
        }
        int from;
        int to;
        StyleRuns wanted;
        if (wholeText) {
            from = 0;
            to = length;
            wanted = highlighter.compute(length, segments, marks);
        } else if (dirtyFrom >= 0) {
            from = Math.min(dirtyFrom, length);
            to = Math.min(dirtyTo, length);
            // Every segment reaching the stretch, touching counts: their characters may be styled anew.
            for (Segment s : segments) {
                if (s.end() <= length && s.start() <= to && s.end() >= from) {
                    from = Math.min(from, s.start());
                    to = Math.max(to, s.end());
                }
            }
            from = Math.max(0, from - MARK_REACH);
            to = Math.min(length, to + MARK_REACH);
            wanted = highlighter.compute(from, to, length, segments, marks);
        } else {
            return Optional.empty();
        }
        wholeText = false;
        dirtyFrom = -1;
        StyleRuns shown = applied.slice(from, to);
        Optional<int[]> differs = StyleRuns.difference(shown, wanted);
        applied = from == 0 && to == length ? wanted : applied.splice(from, to, wanted);
        int offset = from;
        return differs.map(range -> new Change(offset + range[0], wanted.slice(range[0], range[1])));
    }

    /** Where a position at or after {@code edit} ends up; one inside the removed text goes to its start. */
    private static int mapStart(int position, TextEdit edit) {
        if (position <= edit.position()) {
            return position;
        }
        return position >= edit.removedEnd() ? position + edit.delta() : edit.position();
    }

    /** Where the end of a stretch ends up; one inside the removed text goes past the inserted text. */
    private static int mapEnd(int position, TextEdit edit) {
        if (position < edit.position()) {
            return position;
        }
        return position >= edit.removedEnd() ? position + edit.delta() : edit.position() + edit.inserted();
    }
}
