package app.caravan.exchange;

/**
 * Hard limits a bundle must stay within before it is believed: a hostile zip must not exhaust
 * memory or disk. {@code maxRatio} applies to entries past {@code ratioFloor} uncompressed bytes,
 * so that a small, very compressible JSON file is not mistaken for a bomb.
 */
public record BundleLimits(int maxEntries, long maxTotalBytes, long maxJsonBytes, int maxRatio, long ratioFloor) {
    /** Generous for a field device's backlog: 200,000 entries, 8 GiB in all, 64 MiB per JSON file, ratio 200. */
    public static final BundleLimits DEFAULT = new BundleLimits(200_000, 8L << 30, 64L << 20, 200, 1L << 20);
}
