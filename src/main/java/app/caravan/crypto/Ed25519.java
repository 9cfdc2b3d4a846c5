package app.caravan.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 signatures with the JDK's own provider (Java 15+). Public keys travel as the raw 32
 * bytes of RFC 8032, which any Ed25519 library reads; private keys are kept as PKCS#8.
 */
public final class Ed25519 {
    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;
    /** The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the raw key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {
    }

    /** A key pair: the raw public key and the PKCS#8 private key, which the caller wipes after use. */
    public record SigningKeys(byte[] publicKey, byte[] privateKey) {
    }

    public static SigningKeys generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKeys(raw(pair.getPublic()), pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519 (needs Java 15 or later)", e);
        }
    }

    public static byte[] sign(byte[] privateKey, byte[] data) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The device's signing key is damaged: " + e.getMessage(), e);
        }
    }

    /** False for a wrong signature, a signature of the wrong length or a malformed public key. */
    public static boolean verify(byte[] publicKey, byte[] data, byte[] signatureBytes) {
        if (publicKey.length != PUBLIC_KEY_BYTES || signatureBytes.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey(publicKey));
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What people compare when they meet: SHA-256 of the raw public key, first 16 bytes, as
     * eight groups of four upper-case hex digits ("3F2A-91C0-…").
     */
    public static String fingerprint(byte[] publicKey) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                out.append('-');
            }
            out.append(String.format("%02X%02X", digest[i], digest[i + 1]));
        }
        return out.toString();
    }

    private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length);
    }
}
