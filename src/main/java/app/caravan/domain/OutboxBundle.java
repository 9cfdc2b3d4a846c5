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
        BundleState state, String folder) {
    /** Device ids end up in file names at the desk: letters, digits and dashes only. */
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The folder of a desk's replies to one field device, under the target's root. */
    private static final Pattern FOLDER = Pattern.compile("|replies/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
        if (folder == null || !FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("A bundle goes to the target's root or to replies/<device id>, not \""
                    + folder + "\"");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A bundle's SHA-256 must be 64 lower-case hex digits, not \""
                    + sha256 + "\"");
        }
    }

    /** A bundle for the target's root folder: what a field device sends to the desk. */
    public OutboxBundle(UUID id, String device, long sequence, Instant createdAt, long size, String sha256,
            BundleState state) {
        this(id, device, sequence, createdAt, size, sha256, state, "");
    }

    /** The folder of the desk's replies to {@code fieldDevice}. */
    public static String repliesFolder(UUID fieldDevice) {
        return "replies/" + fieldDevice;
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

    /** Where on a target the bundle goes: its file name, under {@link #folder} when that is not the root. */
    public String path() {
        return folder.isEmpty() ? fileName() : folder + "/" + fileName();
    }

    public OutboxBundle withState(BundleState next) {
        return new OutboxBundle(id, device, sequence, createdAt, size, sha256, next, folder);
    }
}
