package app.caravan.app;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A long, reproducible byte stream that never exists as a file or array: pseudo-random bytes
 * (incompressible, like audio) with a canary string at the start of every mebibyte, so a test
 * can store gigabytes through a small heap and look for the canary on disk afterwards.
 */
final class SyntheticContent extends InputStream {
    private final long length;
    private final byte[] canary;
    private final SplittableRandom random;
    private long position;

    SyntheticContent(long length, String canary, long seed) {
        this.length = length;
        this.canary = canary.getBytes(StandardCharsets.UTF_8);
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            int inMiB = (int) (at & ((1 << 20) - 1));
            b[off + i] = inMiB < canary.length ? canary[inMiB] : (byte) random.nextInt(256);
        }
        position += n;
        return n;
    }
}
