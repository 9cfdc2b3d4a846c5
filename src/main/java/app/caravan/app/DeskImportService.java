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

    /**
     * Both versions of a conflict and the merge {@code TextMerge} proposes (with conflict blocks
     * where both sides changed the same lines). Holds transcripts: keep it in memory only.
     */
    record ConflictDetail(UUID id, UUID interviewId, UUID deviceId, String deskPseudonym, String incomingPseudonym,
            long deskRevision, long incomingRevision, String deskTranscript, String incomingTranscript,
            String proposedMerge, int deskSegments, int incomingSegments) {
    }

    /** @throws NotFoundException for an unknown conflict or one whose interview is gone */
    ConflictDetail conflict(UUID conflictId);

    /**
     * Stores the desk version with {@code transcript} (the editor's merge) and the coded segments of
     * both sides re-anchored onto it, and removes the conflict, in one transaction.
     *
     * @return how many coded segments were dropped because their words are not in the merge
     * @throws InvalidInputException when the text still holds conflict markers
     * @throws NotFoundException for an unknown conflict
     * @throws ConflictException when the desk version changed since the conflict was read
     */
    int keepMerged(UUID conflictId, String transcript) throws InvalidInputException;
}
