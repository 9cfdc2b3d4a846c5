package app.caravan.storage;

import app.caravan.domain.Interview;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of an interview, as seen inside the transaction that makes it. {@code before} is
 * null for a new or imported interview, {@code after} is null when it was deleted or purged.
 * Both carry the whole interview (transcript, segments, notes) but never the identity.
 */
public record InterviewChange(UUID id, Kind kind, Interview before, Interview after, String actor, Instant at) {
    public enum Kind {
        CREATED,
        IMPORTED,
        UPDATED,
        DELETED,
        PURGED
    }
}
