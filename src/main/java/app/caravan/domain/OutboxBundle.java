package app.caravan.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A sealed (age-encrypted) bundle in the outbox. Its content is opaque here; what matters for
 * delivery is its identity, its place in the device's sequence, and its size and SHA-256, which
 * every target checks before the bundle gets its final name.
 */
public record OutboxBundle(UUID id, String device, long sequence, Instant createdAt, long size, String sha256,
        BundleState state) {
    /** Device ids end up in file names at the desk: letters, digits and dashes only. */
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public OutboxBundle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        checkDevice(device);
        if (sequence < 0) {
            throw new IllegalArgumentException("A bundle's sequence number cannot be negative: " + sequence);
        }
        if (size < 0) {
            throw new IllegalArgumentException("A bundle's size cannot be negative: " + size);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A bundle's SHA-256 must be 64 lower-case hex digits, not \""
                    + sha256 + "\"");
        }
    }

    public static void checkDevice(String device) {
        if (device == null || !DEVICE.matcher(device).matches()) {
            throw new IllegalArgumentException("A device id must be 1-64 letters, digits or dashes, not \""
                    + device + "\"");
        }
    }

    /** The name at the desk: unique per bundle, so delivering twice can never make a second copy. */
    public String fileName() {
        return "caravan-" + device + "-" + sequence + "-" + id + ".age";
    }

    public OutboxBundle withState(BundleState next) {
        return new OutboxBundle(id, device, sequence, createdAt, size, sha256, next);
    }
}
