package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgePassphrase;
import app.caravan.crypto.Ed25519;
import app.caravan.crypto.Secrets;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.KnownDevice;
import app.caravan.domain.Problem;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.AttachmentSink;
import app.caravan.exchange.Bundle;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleLimits;
import app.caravan.exchange.BundleManifest;
import app.caravan.exchange.BundleReader;
import app.caravan.exchange.TrustPolicy;
import app.caravan.interchange.InterchangeException;
import app.caravan.interchange.InterchangeReader;
import app.caravan.storage.AttachmentStore;
import app.caravan.app.ImportMerge.Again;
import app.caravan.app.ImportMerge.Refused;
import app.caravan.storage.ConflictStore;
import app.caravan.storage.DeskSyncStore;
import app.caravan.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

final class LocalDeskImportService implements DeskImportService {
    private final DeskSyncStore store;
    private final LocalKeysService keys;
    private final LocalVocabularyService vocabulary;
    private final SettingsService settings;
    private final Clock clock;
    private final BundleLimits limits;
    private final ConflictMerging merging;
    private final ConflictStore conflicts;

    LocalDeskImportService(DeskSyncStore store, ConflictStore conflicts, LocalKeysService keys,
            LocalVocabularyService vocabulary, SettingsService settings, Clock clock, BundleLimits limits) {
        this.store = store;
        this.conflicts = conflicts;
        this.merging = new ConflictMerging(conflicts, vocabulary, clock, this::actor);
        this.keys = keys;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.clock = clock;
        this.limits = limits;
    }

    /** The trust policy's refusal, typed so callers can offer to trust the device. */
    private static final class UnknownDevice extends BundleException {
        private static final long serialVersionUID = 1L;
        final UUID deviceId;
        final String fingerprint;

        UnknownDevice(UUID deviceId, String fingerprint) {
            super(Problem.of("import.unknownDevice", deviceId, fingerprint));
            this.deviceId = deviceId;
            this.fingerprint = fingerprint;
        }
    }

    /** Decrypts and reads the bundle, with a key or a passphrase. */
    private interface Opener {
        Bundle open(BundleReader reader, TrustPolicy trust, AttachmentSink sink) throws BundleException;
    }

    @Override
    public Result importBundle(InputStream sealed, char[] identityText, String trustedFingerprint)
            throws InvalidInputException {
        try (AgeIdentity identity = identity(identityText)) {
            return importing((reader, trust, sink) -> reader.read(sealed, identity, trust, sink), trustedFingerprint);
        }
    }

    @Override
    public Result importBundleWithPassphrase(InputStream sealed, char[] passphrase, String trustedFingerprint)
            throws InvalidInputException {
        AgePassphrase secret;
        try {
            secret = AgePassphrase.of(passphrase);
        } catch (AgeException e) {
            throw AgeProblems.rejected(e);
        }
        try (secret) {
            return importing((reader, trust, sink) -> reader.read(sealed, secret, trust, sink), trustedFingerprint);
        }
    }

    private Result importing(Opener opener, String trustedFingerprint) throws InvalidInputException {
        Vocabulary base = vocabulary.current();
        String actor = actor();
        Instant now = clock.instant();
        UUID own = keys.device().deviceId();
        try {
            // Read on a thread of its own while this one merges what was read so far (ADR 0008, "Import overlapped with reading").
            Result result = store.importing(tx -> {
                try (BundlePipe pipe = new BundlePipe(
                        (interviews, trust, sink) -> opener.open(new BundleReader(limits, base, interviews), trust, sink),
                        trust(tx, trustedFingerprint, now), sink(tx))) {
                    return new ImportMerge(tx, base, own, actor, now).run(pipe);
                } catch (BundleException e) {
                    throw new Refused(e.problem(), e);
                }
            });
            vocabulary.refresh();
            return result;
        } catch (Again again) {
            return again.result;
        } catch (StorageException e) {
            String reason = e.valueTooLong().orElseThrow(() -> e);
            throw new InvalidInputException("Bad JSON in the bundle: " + reason + "; nothing was imported", e);
        } catch (Refused e) {
            if (e.getCause() instanceof UnknownDevice unknown) {
                throw new UnknownDeviceException(e.problem, unknown.deviceId, unknown.fingerprint, unknown);
            }
            throw e.problem == null ? new InvalidInputException(e.getMessage(), e.getCause())
                    : new InvalidInputException(e.problem, e.getCause());
        }
    }

    /**
     * Trust on first use: a known device must sign with its recorded key; an unknown one only when
     * the editor confirmed exactly its fingerprint, which is then recorded.
     */
    private static TrustPolicy trust(DeskSyncStore.Tx tx, String confirmed, Instant now) {
        return (deviceId, key) -> {
            String fingerprint = Ed25519.fingerprint(key);
            var known = tx.knownDevice(deviceId);
            if (known.isPresent()) {
                if (!MessageDigest.isEqual(known.get().publicKey(), key)) {
                    throw new BundleException(Problem.of("import.otherFingerprint", deviceId,
                            known.get().fingerprint(), fingerprint));
                }
                if (known.get().trusted()) {
                    return;
                }
            }
            // Unknown, or recorded but never confirmed: only the fingerprint a person compared lets it in.
            if (!sameFingerprint(fingerprint, confirmed)) {
                throw new UnknownDevice(deviceId, fingerprint);
            }
            tx.saveDevice(new KnownDevice(deviceId, key, fingerprint, now, true));
        };
    }

    private static boolean sameFingerprint(String actual, String confirmed) {
        return confirmed != null && hex(actual).equals(hex(confirmed));
    }

    private static String hex(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }

    /** Attachment content is staged in the import transaction part by part, never whole in memory. */
    private static AttachmentSink sink(DeskSyncStore.Tx tx) {
        return (attachment, content) -> {
            byte[] buffer = new byte[AttachmentStore.DEFAULT_PART_SIZE];
            int seq = 0;
            for (int n = content.readNBytes(buffer, 0, buffer.length); n > 0;
                    n = content.readNBytes(buffer, 0, buffer.length)) {
                tx.stagePart(attachment.id(), seq++, buffer, n);
            }
        };
    }

    private AgeIdentity identity(char[] text) throws InvalidInputException {
        if (text == null) {
            return keys.ageIdentity();
        }
        byte[] bytes = new byte[text.length];
        for (int i = 0; i < text.length; i++) {
            bytes[i] = (byte) text[i];
        }
        try {
            return AgeIdentity.parseFile(bytes);
        } catch (AgeException e) {
            throw new InvalidInputException(Problem.of("import.identityUnusable", AgeProblems.reason(e)), e);
        } finally {
            Secrets.wipe(bytes);
        }
    }

    /**
     * A digest of what the manifest says (device, sequence, time, key and every entry's hash):
     * the same bundle again has the same one, a different bundle with a reused sequence does not.
     */
    static String digest(BundleManifest m) {
        StringBuilder text = new StringBuilder().append(m.deviceId()).append('\n').append(m.sequence()).append('\n')
                .append(m.createdAt()).append('\n').append(HexFormat.of().formatHex(m.signingKey())).append('\n');
        for (Map.Entry<String, BundleManifest.Entry> e : m.entries().entrySet()) {
            text.append(e.getKey()).append(' ').append(e.getValue().size()).append(' ').append(e.getValue().sha256())
                    .append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Conflict> conflicts() {
        return conflicts.conflicts().stream().map(r -> new Conflict(r.id(), r.interviewId(), r.deviceId(),
                r.incomingRevision(), r.receivedAt())).collect(Collectors.toList());
    }

    @Override
    public void keepMine(UUID conflictId) {
        if (!store.dropConflict(conflictId)) {
            throw new NotFoundException(Problem.of("conflict.none", conflictId));
        }
    }

    @Override
    public void keepTheirs(UUID conflictId) {
        String json = conflicts.conflictJson(conflictId)
                .orElseThrow(() -> new NotFoundException(Problem.of("conflict.none", conflictId)));
        IdentifiedInterview incoming;
        try {
            incoming = new InterchangeReader(vocabulary.current(), clock)
                    .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).interviews().get(0);
        } catch (InterchangeException e) {
            throw new IllegalStateException("The stored incoming version of conflict " + conflictId
                    + " cannot be read: " + e.getMessage(), e);
        }
        if (!store.applyConflict(conflictId, incoming, actor(), clock.instant())) {
            throw new NotFoundException(Problem.of("conflict.gone", conflictId));
        }
    }

    @Override
    public ConflictDetail conflict(UUID conflictId) {
        return merging.detail(conflictId);
    }

    @Override
    public int keepMerged(UUID conflictId, String transcript) throws InvalidInputException {
        return merging.keepMerged(conflictId, transcript);
    }

    private String actor() {
        String name = settings.userName();
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
