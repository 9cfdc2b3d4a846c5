package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A block holds exactly its documents in its one (shortest) encoding, through every change. */
class PostingBlockTest {
    @Test
    void randomSetsOfEverySizeRoundTripInTheirShortestForm() {
        Random random = new Random(3);
        for (int size : new int[] {1, 2, 100, 255, 256, 300, 400, 511, 512, 600, 2_000, 4_095, 4_096}) {
            TreeSet<Integer> set = new TreeSet<>();
            while (set.size() < size) {
                set.add(random.nextInt(PostingBlock.SIZE));
            }
            int[] lows = set.stream().mapToInt(Integer::intValue).toArray();
            byte[] block = PostingBlock.encode(lows);
            assertArrayEquals(lows, PostingBlock.decode(block), "size " + size);
            assertEquals(size, PostingBlock.count(block));
            assertTrue(block.length <= PostingBlock.BITMAP_BYTES);
            assertTrue(block.length <= 2 * size, "a list of gaps takes at most 2 bytes a document");
        }
    }

    @Test
    void theWidestGapsAndTheEdgesOfAPartition() {
        int[] lows = {0, 4_095};
        assertArrayEquals(lows, PostingBlock.decode(PostingBlock.encode(lows)));
        assertEquals(3, PostingBlock.encode(lows).length);
        assertArrayEquals(new int[] {127, 128, 255}, PostingBlock.decode(PostingBlock.encode(new int[] {127, 128, 255})));
    }

    @Test
    void addingRemovingAndMergingGiveTheEncodingOfTheResultingSet() {
        Random random = new Random(5);
        TreeSet<Integer> set = new TreeSet<>();
        byte[] block = null;
        // through the switch from a list to a bitmap and back
        for (int i = 0; i < 1_500; i++) {
            int doc = 3 * PostingBlock.SIZE + random.nextInt(PostingBlock.SIZE);
            set.add(doc & (PostingBlock.SIZE - 1));
            block = block == null ? PostingBlock.encode(new int[] {doc & (PostingBlock.SIZE - 1)})
                    : PostingBlock.with(block, doc);
            assertArrayEquals(PostingBlock.encode(ints(set)), block);
        }
        assertEquals(PostingBlock.BITMAP_BYTES, block.length);
        for (int low : ints(set)) {
            set.remove(low);
            block = PostingBlock.without(block, low);
            if (set.isEmpty()) {
                assertNull(block);
            } else {
                assertArrayEquals(PostingBlock.encode(ints(set)), block);
            }
        }
        int[] a = {1, 5, 9, 4_000};
        int[] b = {0, 5, 10};
        assertArrayEquals(new int[] {0, 1, 5, 9, 10, 4_000},
                PostingBlock.decode(PostingBlock.union(PostingBlock.encode(a), PostingBlock.encode(b))));
        int[] even = new int[2_048];
        for (int i = 0; i < even.length; i++) {
            even[i] = 2 * i;
        }
        int[] odd = Arrays.stream(even).map(x -> x + 1).toArray();
        assertArrayEquals(PostingBlock.encode(java.util.stream.IntStream.range(0, 4_096).toArray()),
                PostingBlock.union(PostingBlock.encode(even), PostingBlock.encode(odd)));
    }

    private static int[] ints(TreeSet<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
