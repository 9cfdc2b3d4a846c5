package app.caravan.app;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The desk side of bundles: opening a field device's sealed bundle and merging it into this vault
 * in one transaction. A bundle that is refused for any reason leaves the vault unchanged.
 */
public interface DeskImportService {
    /**
     * What one import did; {@code alreadyImported} means the same bundle came again and nothing
     * changed. {@code reviewed} counts interviews whose review state (status, comments) changed
     * here; {@code acknowledged} counts this vault's own bundles the sender confirmed.
     */
    record Result(UUID deviceId, String fingerprint, long sequence, boolean alreadyImported, int added, int updated,
            int withdrawn, int conflicts, int reviewed, int acknowledged) {
    }

    /** An incoming version kept aside because the desk changed the interview too. */
    record Conflict(UUID id, UUID interviewId, UUID deviceId, long incomingRevision, Instant receivedAt) {
    }

    /**
     * Decrypts, verifies and merges a bundle.
     *
     * @param identity an age identity ({@code AGE-SECRET-KEY-1…} or an identity file's text) to
     *     decrypt with, or null for this vault's own; the caller wipes it
     * @param trustedFingerprint the signing fingerprint the editor confirmed for a device seen for
     *     the first time, or null: an unknown device is then refused with its fingerprint
     * @throws UnknownDeviceException when the device is unknown and {@code trustedFingerprint} is not its
     * @throws InvalidInputException with a one-line reason when the bundle is refused
     */
    Result importBundle(InputStream sealed, char[] identity, String trustedFingerprint) throws InvalidInputException;

    /**
     * Like {@link #importBundle}, for a bundle a courier brought sealed to a passphrase (age's
     * scrypt recipient) instead of the desk's key. The caller wipes {@code passphrase}.
     *
     * @throws UnknownDeviceException when the device is unknown and {@code trustedFingerprint} is not its
     * @throws InvalidInputException with a one-line reason, "Wrong passphrase" among them
     */
    Result importBundleWithPassphrase(InputStream sealed, char[] passphrase, String trustedFingerprint)
            throws InvalidInputException;

    /** Open conflicts, oldest first. */
    List<Conflict> conflicts();

    /** Keeps the desk version and drops the incoming one. @throws NotFoundException for an unknown conflict */
    void keepMine(UUID conflictId);

    /** Replaces the desk version by the incoming one. @throws NotFoundException for an unknown conflict */
    void keepTheirs(UUID conflictId);
}
