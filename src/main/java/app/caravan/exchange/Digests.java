package app.caravan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of streams, for checking what a target holds against what the outbox sent. */
final class Digests {
    private Digests() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Reads {@code in} to the end; its size and hex SHA-256. */
    static Summary summarize(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
            size += n;
        }
        return new Summary(size, HexFormat.of().formatHex(sha.digest()));
    }

    record Summary(long size, String sha256) {
        boolean matches(long expectedSize, String expectedSha256) {
            return size == expectedSize && sha256.equals(expectedSha256);
        }
    }
}
