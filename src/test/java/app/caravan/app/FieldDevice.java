package app.caravan.app;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import app.caravan.domain.Attachment;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Tombstone;
import app.caravan.exchange.BundleAttachment;
import app.caravan.exchange.BundleContents;
import app.caravan.exchange.BundleWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A second real vault acting as the field device: its own keys seal and sign its bundles. */
final class FieldDevice implements AutoCloseable {
    final VaultSession session;
    private final LocalKeysService keys;

    FieldDevice(Path dir) throws Exception {
        session = Fixtures.fastVaults().create(dir, Fixtures.passphrase());
        keys = (LocalKeysService) session.keys();
    }

    UUID deviceId() {
        return keys.device().deviceId();
    }

    String fingerprint() {
        return keys.device().fingerprint();
    }

    /** Bundle {@code seq} to {@code desk}: the interviews {@code ids} with identities and attachments, and the tombstones. */
    byte[] seal(String desk, long seq, List<UUID> ids, List<UUID> withdrawn) throws Exception {
        List<IdentifiedInterview> interviews = new ArrayList<>();
        List<BundleAttachment> attachments = new ArrayList<>();
        for (UUID id : ids) {
            interviews.add(new IdentifiedInterview(session.interviews().get(id), session.interviews().identity(id)));
            for (Attachment a : session.attachments().list(id)) {
                attachments.add(new BundleAttachment(a, () -> session.attachments().open(a.id())));
            }
        }
        List<Tombstone> tombstones = session.interviews().tombstones();
        BundleContents contents = new BundleContents(deviceId(), seq, Instant.now(), session.vocabulary().current(),
                interviews, withdrawn, tombstones, attachments);
        byte[] key = keys.signingKey();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BundleWriter(key, keys.signingPublicKey(), recipient(keys.device().recipient()))
                    .write(contents, List.of(recipient(desk)), out);
            return out.toByteArray();
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    private static AgeRecipient recipient(String text) throws AgeException {
        return AgeRecipient.parse(text);
    }

    @Override
    public void close() {
        session.close();
    }
}
