package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.crypto.Secrets;
import app.caravan.domain.DeskRecipient;
import app.caravan.domain.KnownDevice;
import app.caravan.storage.DeviceKeyStore;
import app.caravan.storage.DeviceKeyStore.DeviceKeyRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link KeysService} on the vault's {@code device_key}, {@code desk_recipient} and {@code known_device} tables. */
final class LocalKeysService implements KeysService {
    private static final int LABEL_MAX = 200;
    private final DeviceKeyStore store;
    private final Clock clock;

    LocalKeysService(DeviceKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Gives the vault its device keys if it has none: a new vault, or one created before V8.
     * Idempotent; the keys never change afterwards, since desks trust them by fingerprint.
     */
    void ensureDeviceKey() {
        if (store.deviceKey().isPresent()) {
            return;
        }
        Ed25519.SigningKeys signing = Ed25519.generate();
        byte[] identity = null;
        try (AgeIdentity age = AgeIdentity.generate()) {
            identity = ascii(age.toChars());
            store.createDeviceKey(new DeviceKeyRow(UUID.randomUUID(), identity, signing.publicKey(),
                    signing.privateKey(), clock.instant()));
        } finally {
            Secrets.wipe(identity, signing.privateKey());
        }
    }

    @Override
    public DeviceIdentity device() {
        DeviceKeyRow row = row();
        try (AgeIdentity identity = identity(row)) {
            return new DeviceIdentity(row.deviceId(), identity.recipient().value(),
                    Ed25519.fingerprint(row.signingPublic()));
        } finally {
            wipe(row);
        }
    }

    @Override
    public List<DeskRecipient> recipients() {
        return store.recipients();
    }

    @Override
    public DeskRecipient addRecipient(String recipient, String label) throws InvalidInputException {
        DeskRecipient added = checked(recipient, label, device().recipient(), clock.instant());
        if (!store.addRecipient(added)) {
            throw alreadyAdded(added.recipient());
        }
        return added;
    }

    @Override
    public List<DeskRecipient> addRecipients(List<String> recipients, String label) throws InvalidInputException {
        if (recipients.isEmpty()) {
            throw new InvalidInputException("No age1… recipient was given to add");
        }
        String own = device().recipient();
        Instant now = clock.instant();
        List<DeskRecipient> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String recipient : recipients) {
            // One nanosecond apart, so that the list (oldest first) keeps the order they were given in.
            DeskRecipient r = checked(recipient, label, own, now.plusNanos(checked.size()));
            if (!seen.add(r.recipient())) {
                throw new InvalidInputException("The recipient " + r.recipient() + " is given twice; nothing was added");
            }
            checked.add(r);
        }
        Optional<String> present = store.addRecipients(checked);
        if (present.isPresent()) {
            throw new InvalidInputException(alreadyAdded(present.get()).getMessage() + "; nothing was added");
        }
        return List.copyOf(checked);
    }

    @Override
    public List<String> recipientsIn(Path file) throws InvalidInputException {
        return RecipientFiles.recipientsIn(file);
    }

    @Override
    public String recipientFromQrImage(Path image) throws InvalidInputException {
        String text = QrImages.decode(image).orElseThrow(() -> new InvalidInputException("No QR code found in "
                + image + "; choose a screenshot or photo that shows the whole code"));
        String trimmed = text.strip();
        if (trimmed.toUpperCase(Locale.ROOT).contains("AGE-SECRET-KEY-1")) {
            throw new InvalidInputException("The QR code in " + image + " holds a SECRET age key"
                    + " (AGE-SECRET-KEY-1…), which must never leave the editor's machine; it was not added."
                    + " Ask the editor for the QR code of the public key (age1…) only");
        }
        if (!trimmed.toLowerCase(Locale.ROOT).startsWith("age1")) {
            throw new InvalidInputException("The QR code in " + image + " does not hold an age1… recipient;"
                    + " it must show the desk's public key");
        }
        try {
            return AgeRecipient.parse(trimmed).value();
        } catch (AgeException e) {
            throw new InvalidInputException("The QR code in " + image + ": " + e.getMessage(), e);
        }
    }

    private static DeskRecipient checked(String recipient, String label, String own, Instant at)
            throws InvalidInputException {
        AgeRecipient parsed;
        try {
            parsed = AgeRecipient.parse(recipient);
        } catch (AgeException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && cleanLabel.length() > LABEL_MAX) {
            throw new InvalidInputException("The label of recipient " + parsed + " is " + cleanLabel.length()
                    + " characters long; at most " + LABEL_MAX + " are allowed");
        }
        if (parsed.value().equals(own)) {
            throw new InvalidInputException("The recipient " + parsed + " is this device's own key; bundles are"
                    + " sealed for the desk, so add an editor's key instead");
        }
        return new DeskRecipient(parsed.value(), cleanLabel, at);
    }

    private static InvalidInputException alreadyAdded(String recipient) {
        return new InvalidInputException("The recipient " + recipient + " is already in the list of desk recipients");
    }

    @Override
    public void removeRecipient(String recipient) {
        String value = recipient == null ? "" : recipient.strip();
        if (!store.removeRecipient(value)) {
            throw new NotFoundException("The recipient " + value + " is not in the list of desk recipients");
        }
    }

    @Override
    public char[] exportIdentity() {
        DeviceKeyRow row = row();
        try (AgeIdentity identity = identity(row)) {
            return identity.toChars();
        } finally {
            wipe(row);
        }
    }

    @Override
    public List<KnownDevice> knownDevices() {
        return store.knownDevices();
    }

    /** The PKCS#8 signing key for sealing bundles; the caller wipes it. */
    byte[] signingKey() {
        DeviceKeyRow row = row();
        Secrets.wipe(row.ageIdentity());
        return row.signingPrivate();
    }

    /** The raw Ed25519 public key that verifies this device's bundles. */
    byte[] signingPublicKey() {
        DeviceKeyRow row = row();
        wipe(row);
        return row.signingPublic();
    }

    /** The age identity for opening bundles sealed to this device; the caller closes it. */
    AgeIdentity ageIdentity() {
        DeviceKeyRow row = row();
        try {
            return identity(row);
        } finally {
            wipe(row);
        }
    }

    private DeviceKeyRow row() {
        return store.deviceKey().orElseThrow(() -> new IllegalStateException(
                "The vault has no device keys although they are created when it is opened"));
    }

    private static AgeIdentity identity(DeviceKeyRow row) {
        char[] chars = new char[row.ageIdentity().length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) row.ageIdentity()[i];
        }
        try {
            return AgeIdentity.parse(chars);
        } catch (AgeException e) {
            throw new IllegalStateException("The device's age identity stored in the vault is damaged: "
                    + e.getMessage(), e);
        } finally {
            Secrets.wipe(chars);
        }
    }

    private static byte[] ascii(char[] chars) {
        byte[] out = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = (byte) chars[i];
        }
        Secrets.wipe(chars);
        return out;
    }

    private static void wipe(DeviceKeyRow row) {
        Secrets.wipe(row.ageIdentity(), row.signingPrivate());
    }
}
