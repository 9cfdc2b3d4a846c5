package app.caravan.storage;

import java.util.Arrays;

/**
 * The documents of one term within one partition of {@value #SIZE} documents (ADR 0008,
 * "packed postings"), as the low bits of their numbers: a sorted list of gaps as varints when
 * that is shorter than {@value #BITMAP_BYTES} bytes, otherwise a bitmap of exactly that many
 * bytes. The shorter form is always chosen, so one set of documents has exactly one encoding
 * and the length alone tells the two apart; a block is never empty (an empty one is deleted).
 */
final class PostingBlock {
    static final int SIZE = 1 << PostingRows.PARTITION_BITS;
    static final int BITMAP_BYTES = SIZE / 8;
    private static final int LOW_MASK = SIZE - 1;

    private PostingBlock() {
    }

    /** {@code lows[from..to)}: ascending distinct values in [0, {@value #SIZE}). */
    static byte[] encode(int[] lows, int from, int to) {
        byte[] list = new byte[Math.min(BITMAP_BYTES, (to - from) * 2)];
        int n = 0;
        int previous = -1;
        for (int i = from; i < to; i++) {
            int gap = lows[i] - previous - 1;
            previous = lows[i];
            int bytes = gap < 0x80 ? 1 : 2;
            if (n + bytes >= BITMAP_BYTES) {
                return bitmap(lows, from, to);
            }
            if (bytes == 1) {
                list[n++] = (byte) gap;
            } else {
                list[n++] = (byte) ((gap & 0x7F) | 0x80);
                list[n++] = (byte) (gap >>> 7);
            }
        }
        return Arrays.copyOf(list, n);
    }

    static byte[] encode(int[] lows) {
        return encode(lows, 0, lows.length);
    }

    private static byte[] bitmap(int[] lows, int from, int to) {
        byte[] bits = new byte[BITMAP_BYTES];
        for (int i = from; i < to; i++) {
            bits[lows[i] >>> 3] |= (byte) (1 << (lows[i] & 7));
        }
        return bits;
    }

    private static boolean isBitmap(byte[] block) {
        return block.length == BITMAP_BYTES;
    }

    /** The low bits of the documents, ascending. */
    static int[] decode(byte[] block) {
        if (isBitmap(block)) {
            int[] out = new int[count(block)];
            int n = 0;
            for (int i = 0; i < block.length; i++) {
                int b = block[i] & 0xFF;
                while (b != 0) {
                    out[n++] = (i << 3) | Integer.numberOfTrailingZeros(b);
                    b &= b - 1;
                }
            }
            return out;
        }
        int[] out = new int[block.length];
        int n = 0;
        int previous = -1;
        int i = 0;
        while (i < block.length) {
            int gap = block[i++];
            if (gap < 0) {
                gap = (gap & 0x7F) | ((block[i++] & 0xFF) << 7);
            }
            previous += gap + 1;
            out[n++] = previous;
        }
        return Arrays.copyOf(out, n);
    }

    /** How many documents the block holds. */
    static int count(byte[] block) {
        if (isBitmap(block)) {
            int n = 0;
            for (byte b : block) {
                n += Integer.bitCount(b & 0xFF);
            }
            return n;
        }
        int n = 0;
        for (byte b : block) {
            if (b >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The block with document {@code doc} (any number in this block's partition) added. */
    static byte[] with(byte[] block, int doc) {
        int low = doc & LOW_MASK;
        int[] lows = decode(block);
        int at = Arrays.binarySearch(lows, low);
        if (at >= 0) {
            return block;
        }
        int insert = -at - 1;
        int[] out = new int[lows.length + 1];
        System.arraycopy(lows, 0, out, 0, insert);
        out[insert] = low;
        System.arraycopy(lows, insert, out, insert + 1, lows.length - insert);
        return encode(out);
    }

    /** The block without document {@code doc}; null when it is then empty. */
    static byte[] without(byte[] block, int doc) {
        int[] lows = decode(block);
        int at = Arrays.binarySearch(lows, doc & LOW_MASK);
        if (at < 0) {
            return block;
        }
        if (lows.length == 1) {
            return null;
        }
        int[] out = new int[lows.length - 1];
        System.arraycopy(lows, 0, out, 0, at);
        System.arraycopy(lows, at + 1, out, at, out.length - at);
        return encode(out);
    }

    /** The union of two blocks of the same partition. */
    static byte[] union(byte[] a, byte[] b) {
        int[] x = decode(a);
        int[] y = decode(b);
        int[] out = new int[x.length + y.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length || j < y.length) {
            if (j == y.length || (i < x.length && x[i] < y[j])) {
                out[n++] = x[i++];
            } else if (i == x.length || y[j] < x[i]) {
                out[n++] = y[j++];
            } else {
                out[n++] = x[i++];
                j++;
            }
        }
        return encode(out, 0, n);
    }
}
