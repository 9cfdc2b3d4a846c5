package app.caravan.domain;

import java.time.Duration;
import java.util.Objects;

/** A field note pinned to a moment of the interview (offset from its start). */
public record Note(Duration offset, String text) {
    public Note {
        Objects.requireNonNull(offset, "offset");
        if (offset.isNegative()) {
            throw new IllegalArgumentException("note offset is negative");
        }
        if (offset.compareTo(Timecode.MAX) > 0) {
            throw new IllegalArgumentException("note offset is beyond " + Timecode.format(Timecode.MAX));
        }
        // Notes are pinned to whole seconds, the precision of the hh:mm:ss form they are shown in.
        offset = Duration.ofSeconds(offset.getSeconds());
        text = text == null ? "" : text;
    }

    /** {@code hh:mm:ss}, the form used in transcripts and the interchange format. */
    public String offsetText() {
        return Timecode.format(offset);
    }
}
