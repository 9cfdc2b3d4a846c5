package app.caravan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals what changed since the earlier bundles into a signed, age-encrypted bundle in the outbox
 * (bundle-format.md). Does vault work: call it off the FX thread.
 */
public interface BundleService {
    /** What one {@link #seal} put in the outbox. {@code withdrawals} counts withdrawals and tombstones. */
    record Sealed(UUID bundleId, long sequence, int interviews, int withdrawals, int attachments, long size) {
    }

    /**
     * Seals every interview, withdrawal, tombstone, attachment and vocabulary change that no bundle
     * in the outbox carries yet, and enqueues it for delivery. Withdrawn interviews travel as
     * withdrawal records only. Real names and contacts travel only with {@code includeIdentity}.
     *
     * @param recipients {@code age1…} keys to seal to; empty means the configured desk recipients
     * @param copyTo when not null, the sealed bytes are also written there (temporary name, then moved)
     * @return empty when there is nothing to send; then nothing is sealed
     * @throws InvalidInputException when there is no recipient or one is malformed or this device's own
     * @throws IOException when the sealed bytes cannot be written to {@code copyTo} or a temporary file
     */
    Optional<Sealed> seal(List<String> recipients, boolean includeIdentity, Path copyTo)
            throws InvalidInputException, IOException;

    /**
     * Like {@link #seal}, but sealed to a passphrase for a courier hand-over (age's scrypt
     * recipient, then the bundle's only recipient) instead of the desk's keys. The caller keeps
     * and wipes {@code passphrase}; it should differ from the vault passphrase.
     *
     * @throws InvalidInputException when the passphrase is empty
     */
    Optional<Sealed> sealWithPassphrase(char[] passphrase, boolean includeIdentity, Path copyTo)
            throws InvalidInputException, IOException;

    /**
     * At the desk: for every trusted field device whose bundles named a reply key, seals a reply
     * with the review states (status, comments) it does not have yet and the acknowledgement of
     * the bundles imported from it, sealed to that device only and queued for
     * {@code replies/<device id>} on the targets. Devices without news get nothing.
     *
     * @param copyDir when not null, each reply is also written there as
     *     {@code caravan-reply-<device>-<seq>.age} (for a hand-carried reply)
     * @return the replies sealed, possibly none
     */
    List<Sealed> sealReplies(Path copyDir) throws InvalidInputException, IOException;
}
