package app.caravan.domain;

import java.util.Objects;
import java.util.UUID;

/** The desk saying it imported every bundle of {@code deviceId} up to and including {@code sequence}. */
public record Acknowledgement(UUID deviceId, long sequence) {
    public Acknowledgement {
        Objects.requireNonNull(deviceId, "deviceId");
        if (sequence < 1) {
            throw new IllegalArgumentException("An acknowledged sequence number starts at 1: " + sequence);
        }
    }
}
