package app.caravan.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A field device whose bundles a desk vault has seen: its Ed25519 public key (raw 32 bytes),
 * the fingerprint people compare, and whether an editor confirmed it.
 */
public record KnownDevice(UUID deviceId, byte[] publicKey, String fingerprint, Instant firstSeen, boolean trusted) {
    public KnownDevice {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(firstSeen, "firstSeen");
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }
}
