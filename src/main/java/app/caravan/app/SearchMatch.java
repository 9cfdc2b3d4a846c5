package app.caravan.app;

import java.util.List;

/**
 * One place a query matched. {@code start}/{@code end} are UTF-16 offsets into the text of
 * {@code source} (the transcript, the note / segment memo / comment number {@code index});
 * {@code transcriptOffset} is where to open the transcript to show it (the segment's or the
 * comment's anchor for memos and comments, 0 for notes). {@code snippet} is a short excerpt
 * around the match and {@code highlights} the [start, end) ranges inside the snippet to mark.
 */
public record SearchMatch(Source source, int index, int start, int end, int transcriptOffset, String snippet,
        List<Range> highlights) {
    public SearchMatch {
        highlights = List.copyOf(highlights);
    }

    public enum Source {
        TRANSCRIPT,
        NOTE,
        MEMO,
        COMMENT
    }

    /** A [start, end) range of UTF-16 offsets. */
    public record Range(int start, int end) {
    }
}
