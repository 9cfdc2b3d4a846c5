package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.crypto.Secrets;
import app.caravan.domain.Problem;
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
            throw new InvalidInputException(Problem.of("recipients.none"));
        }
        String own = device().recipient();
        Instant now = clock.instant();
        List<DeskRecipient> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String recipient : recipients) {
            // One nanosecond apart, so that the list (oldest first) keeps the order they were given in.
            DeskRecipient r = checked(recipient, label, own, now.plusNanos(checked.size()));
            if (!seen.add(r.recipient())) {
                throw new InvalidInputException(Problem.of("recipients.twice", r.recipient()));
            }
            checked.add(r);
        }
        Optional<String> present = store.addRecipients(checked);
        if (present.isPresent()) {
            throw new InvalidInputException(Problem.of("recipients.alreadyAddedNothingAdded", present.get()));
        }
        return List.copyOf(checked);
    }

    @Override
    public List<String> recipientsIn(Path file) throws InvalidInputException {
        return RecipientFiles.recipientsIn(file);
    }

    @Override
    public String recipientFromQrImage(Path image) throws InvalidInputException {
        String text = QrImages.decode(image).orElseThrow(() -> new InvalidInputException(
                Problem.of("recipients.qr.none", image)));
        String trimmed = text.strip();
        if (trimmed.toUpperCase(Locale.ROOT).contains("AGE-SECRET-KEY-1")) {
            throw new InvalidInputException(Problem.of("recipients.qr.secret", image));
        }
        if (!trimmed.toLowerCase(Locale.ROOT).startsWith("age1")) {
            throw new InvalidInputException(Problem.of("recipients.qr.notRecipient", image));
        }
        try {
            return AgeRecipient.parse(trimmed).value();
        } catch (AgeException e) {
            throw new InvalidInputException(Problem.of("recipients.qr.bad", image, AgeProblems.reason(e)), e);
        }
    }

    private static DeskRecipient checked(String recipient, String label, String own, Instant at)
            throws InvalidInputException {
        AgeRecipient parsed;
        try {
            parsed = AgeRecipient.parse(recipient);
        } catch (AgeException e) {
            throw AgeProblems.rejected(e);
        }
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && cleanLabel.length() > LABEL_MAX) {
            throw new InvalidInputException(Problem.of("recipients.labelTooLong", parsed, cleanLabel.length(),
                    LABEL_MAX));
        }
        if (parsed.value().equals(own)) {
            throw new InvalidInputException(Problem.of("recipients.own", parsed));
        }
        return new DeskRecipient(parsed.value(), cleanLabel, at);
    }

    private static InvalidInputException alreadyAdded(String recipient) {
        return new InvalidInputException(Problem.of("recipients.alreadyAdded", recipient));
    }

    @Override
    public void removeRecipient(String recipient) {
        String value = recipient == null ? "" : recipient.strip();
        if (!store.removeRecipient(value)) {
            throw new NotFoundException(Problem.of("recipients.notListed", value));
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
