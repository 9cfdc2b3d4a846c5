package app.caravan.exchange;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds bundles by hand, signed and sealed for real, so each hostile variation is exactly one change. */
final class SealedBundles {
    private SealedBundles() {
    }

    /** A manifest listing {@code entries} truthfully; {@code tamper} may change the listed entries before signing. */
    static byte[] craft(Ed25519.SigningKeys signer, AgeRecipient to, Map<String, byte[]> entries,
            java.util.function.Consumer<Map<String, BundleManifest.Entry>> tamper) throws Exception {
        Map<String, BundleManifest.Entry> listed = new LinkedHashMap<>();
        entries.forEach((path, bytes) -> listed.put(path, new BundleManifest.Entry(path, bytes.length,
                BundleWriter.sha256(bytes))));
        tamper.accept(listed);
        BundleManifest manifest = new BundleManifest(UUID.randomUUID(), 1, Instant.parse("2026-01-01T00:00:00Z"), 1,
                signer.publicKey(), listed);
        byte[] json = manifest.toJson();
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(BundleEntries.MANIFEST, json);
        all.put(BundleEntries.SIGNATURE, Ed25519.sign(signer.privateKey(), json));
        all.putAll(entries);
        return seal(zip(all), to);
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] seal(byte[] plain, AgeRecipient to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = Age.encrypt(out, List.of(to))) {
            sealed.write(plain);
        }
        return out.toByteArray();
    }
}
