package app.caravan.storage;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a document as term ids in text order, varint-coded, each searchable text
 * (pseudonym, transcript, every note, memo and comment) followed by a 0 so that no phrase spans
 * two of them. Stored with the document: it answers "which terms does it contain" for a
 * reindex or delete, and confirms phrases without reading and re-folding the text.
 */
final class TermSequence {
    private TermSequence() {
    }

    /** {@code sources}: the term ids of each text in order. */
    static byte[] encode(List<int[]> sources) {
        // At most 5 bytes per id and one separator per text; filled in place (a
        // ByteArrayOutputStream's synchronized write per byte showed in import profiles).
        int bound = 0;
        for (int[] ids : sources) {
            bound += ids.length * 5 + 1;
        }
        byte[] out = new byte[bound];
        int n = 0;
        for (int[] ids : sources) {
            for (int id : ids) {
                int v = id;
                while ((v & ~0x7F) != 0) {
                    out[n++] = (byte) ((v & 0x7F) | 0x80);
                    v >>>= 7;
                }
                out[n++] = (byte) v;
            }
            out[n++] = 0;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static int[] decode(byte[] bytes) {
        int[] out = new int[Math.max(16, bytes.length)];
        int n = 0;
        int i = 0;
        while (i < bytes.length) {
            int value = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[i++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            out[n++] = value;
        }
        return Arrays.copyOf(out, n);
    }

    /** The distinct term ids, ascending. */
    static int[] distinct(byte[] bytes) {
        return Arrays.stream(decode(bytes)).filter(id -> id != 0).sorted().distinct().toArray();
    }

    /** True when some text has words matching {@code words[0]}, {@code words[1]}, … one after the other (ids sorted). */
    static boolean containsPhrase(int[] sequence, int[][] words) {
        for (int i = 0; i + words.length <= sequence.length; i++) {
            boolean all = true;
            for (int w = 0; w < words.length && all; w++) {
                int id = sequence[i + w];
                all = id != 0 && Arrays.binarySearch(words[w], id) >= 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
