package app.caravan.exchange;

import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Attachment;
import app.caravan.domain.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hostile bundles for tests outside this package (the desk import): signed for real by a given
 * device, so that the refusal is about the one thing that is wrong and not about trust.
 */
public final class HostileBundles {
    private HostileBundles() {
    }

    public enum Kind {
        PATH_TRAVERSAL, ZIP_BOMB, BAD_JSON
    }

    public static byte[] craft(Kind kind, UUID deviceId, long sequence, Ed25519.SigningKeys signer, AgeRecipient to)
            throws Exception {
        Map<String, byte[]> entries = valid();
        Map<String, byte[]> zipOnly = new LinkedHashMap<>();
        switch (kind) {
            case PATH_TRAVERSAL -> zipOnly.put("../../outside.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case BAD_JSON -> entries.put(BundleEntries.VOCABULARY,
                    "{\"format\": \"caravan\", nope".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case ZIP_BOMB -> {
                byte[] zeros = new byte[20 << 20];
                UUID interviewId = UUID.randomUUID();
                Attachment bomb = new Attachment(UUID.randomUUID(), interviewId, "a.bin", "application/octet-stream",
                        zeros.length, BundleWriter.sha256(zeros), Instant.now());
                entries.put(BundleEntries.ATTACHMENTS, BundleJson.attachments(List.of(bomb)));
                entries.put(BundleEntries.attachment(interviewId, bomb.id()), zeros);
            }
        }
        Map<String, BundleManifest.Entry> listed = new LinkedHashMap<>();
        entries.forEach((path, bytes) -> listed.put(path, new BundleManifest.Entry(path, bytes.length,
                BundleWriter.sha256(bytes))));
        BundleManifest manifest = new BundleManifest(deviceId, sequence, Instant.parse("2026-01-01T00:00:00Z"), 1,
                signer.publicKey(), listed);
        byte[] json = manifest.toJson();
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(BundleEntries.MANIFEST, json);
        all.put(BundleEntries.SIGNATURE, Ed25519.sign(signer.privateKey(), json));
        all.putAll(entries);
        all.putAll(zipOnly);
        return SealedBundles.seal(SealedBundles.zip(all), to);
    }

    private static Map<String, byte[]> valid() {
        ByteArrayOutputStream vocab = new ByteArrayOutputStream();
        new app.caravan.interchange.InterchangeWriter().write(vocab, List.of(), Vocabulary.EMPTY);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleEntries.VOCABULARY, vocab.toByteArray());
        entries.put(BundleEntries.WITHDRAWALS, BundleJson.withdrawals(List.of(), List.of()));
        entries.put(BundleEntries.ATTACHMENTS, BundleJson.attachments(List.of()));
        return entries;
    }
}
