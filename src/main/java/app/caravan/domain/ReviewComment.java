package app.caravan.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's comment anchored to the transcript range [start, end). {@code quote} is the text
 * the range covered when the comment was made; it lets the anchor be found again after edits.
 * {@code detached} is true when the commented text was deleted: the comment stays, unanchored.
 * {@code resolvedAt}/{@code resolvedBy} are null while the comment is open.
 */
public record ReviewComment(UUID id, UUID interviewId, int start, int end, String quote, String body, String author,
        Instant createdAt, Instant resolvedAt, String resolvedBy, boolean detached) {

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
