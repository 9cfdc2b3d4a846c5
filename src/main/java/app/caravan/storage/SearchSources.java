package app.caravan.storage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The searchable texts of one interview, as stored: pseudonym, transcript, notes, segment memos
 * (with the segment's start) and review comment bodies (with their anchor), in their list order.
 */
public record SearchSources(UUID id, String pseudonym, OffsetDateTime interviewedAt, String transcript,
        List<String> notes, List<Anchored> memos, List<Anchored> comments) {
    public SearchSources {
        notes = List.copyOf(notes);
        memos = List.copyOf(memos);
        comments = List.copyOf(comments);
    }

    /** A text and the transcript offset it belongs to. */
    public record Anchored(int transcriptOffset, String text) {
    }
}
