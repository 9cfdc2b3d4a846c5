package app.caravan.app;

import app.caravan.domain.DeskRecipient;
import app.caravan.domain.KnownDevice;
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
