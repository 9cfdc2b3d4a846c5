package app.caravan.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A coded span of the transcript. Offsets are UTF-16 indexes, {@code start < end}; the
 * interview checks they fit its transcript. {@code quotable} marks a span the team may quote
 * verbatim; the app allows it only while the interviewee's verbatim-quote consent stands.
 */
public record Segment(int start, int end, List<String> themes, String memo, boolean quotable) {
    /** A span that is not marked quotable. */
    public Segment(int start, int end, List<String> themes, String memo) {
        this(start, end, themes, memo, false);
    }

    public Segment {
        if (start < 0) {
            throw new IllegalArgumentException("segment start " + start + " is negative");
        }
        if (end <= start) {
            throw new IllegalArgumentException("segment end " + end + " must be greater than start " + start);
        }
        // A theme codes a span once; repeats would not survive a round trip through JSON.
        themes = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(themes, "themes")));
        memo = memo == null ? "" : memo;
    }

    public int length() {
        return end - start;
    }

    public Segment withQuotable(boolean value) {
        return new Segment(start, end, themes, memo, value);
    }
}
