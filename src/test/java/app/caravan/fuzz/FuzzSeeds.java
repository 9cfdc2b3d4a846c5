package app.caravan.fuzz;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.fuzz.BundleSurgery.Entry;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * Writes the bundle seed corpus (src/test/resources/fuzz/bundle): small bundles sealed by the
 * app's own bundle service from a fictional field vault, then re-signed with the checked-in fuzz
 * signing key and sealed to the checked-in fuzz age key. Run by hand when the bundle format
 * changes: {@code java -cp target/test-classes:target/classes:<deps> app.caravan.fuzz.FuzzSeeds
 * src/test/resources/fuzz}. The JSON seeds are written by hand, except the export written here.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path bundles = Files.createDirectories(root.resolve("bundle"));
        Path keysFile = bundles.resolve("fuzz-keys.properties");
        if (!Files.exists(keysFile)) {
            Ed25519.SigningKeys signing = Ed25519.generate();
            try (AgeIdentity identity = AgeIdentity.generate()) {
                Files.writeString(keysFile, "# Test keys for the fuzz corpus only: the desk age identity the seed bundles\n"
                        + "# are sealed to and the field signing key (Ed25519, PKCS#8) that signs them. Public,\n"
                        + "# never used by any real vault.\n"
                        + "age.identity=" + new String(identity.toChars()) + "\n"
                        + "signing.public=" + Base64.getEncoder().encodeToString(signing.publicKey()) + "\n"
                        + "signing.private=" + Base64.getEncoder().encodeToString(signing.privateKey()) + "\n");
            }
        }
        FuzzKeys keys = FuzzKeys.loadFrom(keysFile);
        Path work = Files.createTempDirectory("fuzz-seeds");
        try (VaultSession field = Fixtures.fastVaults().create(work.resolve("field"), Fixtures.passphrase())) {
            String to = keys.recipient().value();
            try (var sample = FuzzSeeds.class.getResourceAsStream("/interchange/sample.json")) {
                field.interchange().importStream("sample.json", sample);
            }
            write(bundles.resolve("01-one-interview.seed"), field, to, true, work, keys);

            field.vocabulary().addTheme("Chat groups at the border", null, "#336699");
            field.vocabulary().addCity("Aktau", "Kazakhstan", "Central Asia");
            Interview second = Fixtures.consentedInterview(field);
            second = field.interviews().save(second.toBuilder().transcript("Мы жили в хостеле в Бухаре. Then Tbilisi.")
                    .place("bukhara").build());
            byte[] wav = new byte[300];
            field.attachments().add(second.id(), "take 1.wav", "audio/wav", new ByteArrayInputStream(wav), wav.length,
                    n -> { });
            field.review().addComment(second.id(), 3, 7, "Which hostel?");
            write(bundles.resolve("02-attachment-vocabulary-review.seed"), field, to, false, work, keys);

            Interview third = field.interviews().save(Fixtures.consentedInterview(field).toBuilder()
                    .consent(new Consent(true, false, false, false, false, false, ConsentMethod.WRITTEN,
                            OffsetDateTime.parse("2022-11-01T10:00:00+04:00"), null)).build());
            field.interviews().withdraw(second.id(), OffsetDateTime.parse("2022-12-01T09:00:00+06:00"));
            field.interviews().withdraw(third.id(), OffsetDateTime.parse("2022-12-02T09:00:00+06:00"));
            field.interviews().purge(third.id());
            write(bundles.resolve("03-withdrawal-tombstone.seed"), field, to, false, work, keys);
            field.interchange().exportFile(Files.createDirectories(root.resolve("json")).resolve("valid-export.json"));
        }
    }

    /** What the app's bundle service seals next, re-signed and sealed to the fuzz key. */
    private static void write(Path target, VaultSession field, String to, boolean identities, Path work,
            FuzzKeys keys) throws Exception {
        Path copy = work.resolve(target.getFileName());
        if (field.bundles().seal(List.of(to), identities, copy).isEmpty()) {
            throw new IllegalStateException("nothing was sealed for " + target);
        }
        List<Entry> entries;
        try (AgeIdentity identity = keys.identity()) {
            entries = BundleSurgery.open(Files.readAllBytes(copy), identity);
        }
        byte[] manifest = entries.get(0).data();
        long sequence = BundleSurgery.parse(manifest).get("sequence").asLong();
        List<Entry> signed = BundleSurgery.signed(BundleSurgery.truthfulManifest(manifest, entries, sequence,
                keys.signing()), entries, keys.signing());
        Files.write(target, BundleSurgery.seal(BundleSurgery.zip(signed), keys.recipient()));
    }
}
