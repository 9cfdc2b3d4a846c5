package app.caravan.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of an interview's consent, as kept in the vault's history: who changed it, when,
 * and the whole consent before and after (so a reviewer sees exactly which flags moved).
 */
public record ConsentChange(UUID interviewId, Instant changedAt, String changedBy, Consent before, Consent after) {
    public ConsentChange {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changedBy = changedBy == null || changedBy.isBlank() ? "unknown" : changedBy.strip();
    }

    public boolean isWithdrawal() {
        return !before.isWithdrawn() && after.isWithdrawn();
    }
}
