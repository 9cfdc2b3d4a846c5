package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    @Test
    void sortsAsArraysSortDoesWhateverBitsVary() {
        Random random = new Random(5);
        long[] masks = {0xFFFFL, 0xFFFF_0000L, 0x7FFF_FFFF_FFFF_FFFFL, 0x0000_0FFF_F000_0FFFL, 0x7000_0000_0000_0001L, 0};
        long[] scratch = null;
        for (long mask : masks) {
            for (int n : new int[] {0, 1, 4095, 4096, 10_000, 100_003}) {
                long[] keys = new long[n + 7];
                long base = random.nextLong() & 0x7FFF_FFFF_FFFF_FFFFL & ~mask;
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = base | (random.nextLong() & mask);
                }
                for (int i = 0; i + 1 < n; i += 11) {
                    keys[i + 1] = keys[i]; // duplicates
                }
                long[] expected = keys.clone();
                Arrays.sort(expected, 0, n);
                scratch = RadixSort.sort(keys, n, scratch);
                assertArrayEquals(expected, keys, "mask " + Long.toHexString(mask) + ", " + n + " keys");
            }
        }
    }

    @Test
    void negativeKeysAreSortedToo() {
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (i % 2 == 0 ? -1 : 1) * (long) i * 7919;
        }
        long[] expected = keys.clone();
        Arrays.sort(expected);
        RadixSort.sort(keys, keys.length, null);
        assertArrayEquals(expected, keys);
    }

    @Test
    void aLargeEnoughScratchIsReused() {
        long[] scratch = new long[10_000];
        long[] keys = new Random(1).longs(9000, 0, Long.MAX_VALUE).toArray();
        assertSame(scratch, RadixSort.sort(keys, keys.length, scratch));
    }
}
