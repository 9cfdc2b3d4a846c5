package app.caravan.fuzz;

import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Properties;

/**
 * The keys checked in next to the bundle seeds (fuzz/bundle/fuzz-keys.properties): the desk's age
 * identity the seeds are sealed to and the field device's Ed25519 key that signs them. Public
 * test material, used only for fuzzing; never a real device's keys.
 */
public record FuzzKeys(String ageIdentity, Ed25519.SigningKeys signing) {
    public static final String RESOURCE = "/fuzz/bundle/fuzz-keys.properties";

    public static FuzzKeys load() {
        try (InputStream in = FuzzKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FuzzKeys loadFrom(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return of(in);
        }
    }

    private static FuzzKeys of(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new FuzzKeys(p.getProperty("age.identity"), new Ed25519.SigningKeys(
                Base64.getDecoder().decode(p.getProperty("signing.public")),
                Base64.getDecoder().decode(p.getProperty("signing.private"))));
    }

    public AgeIdentity identity() {
        try {
            return AgeIdentity.parse(ageIdentity.toCharArray());
        } catch (app.caravan.crypto.AgeException e) {
            throw new IllegalStateException("The fuzz age identity is malformed", e);
        }
    }

    public AgeRecipient recipient() {
        try (AgeIdentity identity = identity()) {
            return identity.recipient();
        }
    }

    public String fingerprint() {
        return Ed25519.fingerprint(signing.publicKey());
    }
}
