package app.caravan.exchange;

import app.caravan.domain.Problem;
import java.security.MessageDigest;
import java.util.UUID;

/** Decides whether a bundle's signing key is acceptable, after its signature was verified. */
@FunctionalInterface
public interface TrustPolicy {
    /** Any valid signature: the caller applies trust on first use with {@link Bundle#signerKey()}. */
    TrustPolicy FIRST_USE = (deviceId, publicKey) -> {
    };

    void check(UUID deviceId, byte[] publicKey) throws BundleException;

    /** Only bundles signed by {@code expected} (a raw Ed25519 public key). */
    static TrustPolicy expect(byte[] expected) {
        byte[] copy = expected.clone();
        return (deviceId, publicKey) -> {
            if (!MessageDigest.isEqual(copy, publicKey)) {
                throw new BundleException(Problem.of("bundle.otherKey", deviceId));
            }
        };
    }
}
