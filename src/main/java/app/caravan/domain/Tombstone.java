package app.caravan.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What remains of a withdrawn interview after its content was purged: its id and dates, so
 * that a sync can tell the desk to delete its copy and an old backup cannot bring it back.
 */
public record Tombstone(UUID interviewId, OffsetDateTime withdrawnAt, Instant purgedAt) {
    public Tombstone {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(purgedAt, "purgedAt");
    }
}
