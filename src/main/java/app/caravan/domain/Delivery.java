package app.caravan.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The delivery state of one bundle to one target: how many attempts failed, when the next one
 * is due (exponential backoff), what went wrong last, and when it was delivered.
 */
public record Delivery(UUID bundleId, UUID targetId, int attempts, Instant nextAttemptAt, String lastError,
        Instant deliveredAt) {

    public boolean delivered() {
        return deliveredAt != null;
    }
}
