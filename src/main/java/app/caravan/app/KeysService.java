package app.caravan.app;

import app.caravan.domain.DeskRecipient;
import app.caravan.domain.KnownDevice;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * This device's keys for encrypted bundles and the desk recipients they are sealed to. The
 * secret keys stay in the vault; only {@link #exportIdentity()} hands one out, on request.
 */
public interface KeysService {
    /** What others need to know about this device: its id, its age recipient and its signing fingerprint. */
    record DeviceIdentity(UUID deviceId, String recipient, String fingerprint) {
    }

    DeviceIdentity device();

    /** Oldest first. */
    List<DeskRecipient> recipients();

    /**
     * Adds an editor's {@code age1…} recipient.
     *
     * @throws InvalidInputException when it is malformed, is this device's own key, or is already added
     */
    DeskRecipient addRecipient(String recipient, String label) throws InvalidInputException;

    /**
     * Adds several recipients in one transaction, all with {@code label}: if one is refused (for the
     * reasons of {@link #addRecipient}), none is added.
     */
    List<DeskRecipient> addRecipients(List<String> recipients, String label) throws InvalidInputException;

    /**
     * The {@code age1…} recipients in a UTF-8 text file of at most 64 KiB: one a line, blank lines
     * and {@code #} comments skipped except the {@code # public key: age1…} line age-keygen writes.
     * Checked in shape only; {@link #addRecipients} checks the rest.
     *
     * @throws InvalidInputException naming the file and line: a secret key (never quoted), a line
     *     that is not a recipient, a repeated one; or a file that is too large, not text or empty
     */
    List<String> recipientsIn(Path file) throws InvalidInputException;

    /**
     * The {@code age1…} recipient held by the QR code in a PNG or JPEG image.
     *
     * @throws InvalidInputException when the image cannot be read, holds no QR code, or its QR code
     *     holds something other than a recipient
     */
    String recipientFromQrImage(Path image) throws InvalidInputException;

    /** @throws NotFoundException when {@code recipient} was not added */
    void removeRecipient(String recipient);

    /**
     * This device's age identity ({@code AGE-SECRET-KEY-1…}) for a desk vault or the {@code age}
     * command line; the caller wipes the array.
     */
    char[] exportIdentity();

    /** Devices a desk vault has received bundles from, first seen first. */
    List<KnownDevice> knownDevices();
}
