package app.caravan.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Passphrase → 256-bit key-encryption key. */
public final class Argon2id {
    public static final int KEY_BYTES = 32;
    public static final int SALT_BYTES = 16;

    private Argon2id() {
    }

    /**
     * Derives a key from {@code passphrase}. BouncyCastle converts the chars to UTF-8 bytes
     * internally, so the passphrase never becomes a String.
     */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[KEY_BYTES];
        generator.generateBytes(passphrase, key);
        return key;
    }
}
