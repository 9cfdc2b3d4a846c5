package app.caravan.storage;

import java.util.Arrays;

/**
 * Sorts non-negative longs by their 16-bit digits, lowest first, skipping digits that every key
 * shares. A batch's postings (ADR 0008, "Bulk writes") are millions of keys of which only
 * about 40 bits vary: three counting passes instead of Arrays.sort's quicksort, which was a
 * tenth of an import's writing thread.
 */
final class RadixSort {
    private static final int BITS = 16;
    private static final int RADIX = 1 << BITS;
    /** Below this, Arrays.sort is as fast and needs no scratch array. */
    private static final int SMALL = 4096;

    private RadixSort() {
    }

    /**
     * Sorts {@code keys[0, n)} ascending. {@code scratch} is used if it holds {@code n} keys;
     * returns the scratch array to keep for the next call (a new one when it was too small).
     */
    static long[] sort(long[] keys, int n, long[] scratch) {
        if (n < SMALL) {
            Arrays.sort(keys, 0, n);
            return scratch;
        }
        long all = 0;
        long none = -1;
        for (int i = 0; i < n; i++) {
            all |= keys[i];
            none &= keys[i];
        }
        if (all < 0) {
            // A negative key would sort last by its digits: not for this sort.
            Arrays.sort(keys, 0, n);
            return scratch;
        }
        long varying = all ^ none;
        long[] buffer = scratch != null && scratch.length >= n ? scratch : new long[n];
        long[] from = keys;
        long[] to = buffer;
        int[] counts = new int[RADIX];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            if (((varying >>> shift) & (RADIX - 1)) == 0) {
                continue;
            }
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (from[i] >>> shift) & (RADIX - 1)]++;
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long key = from[i];
                to[counts[(int) (key >>> shift) & (RADIX - 1)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
        }
        return buffer;
    }
}
