package app.caravan.domain;

import java.time.Instant;
import java.util.Objects;

/** An editor's age recipient ({@code age1…}) that this device's bundles are encrypted to. */
public record DeskRecipient(String recipient, String label, Instant addedAt) {
    public DeskRecipient {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
