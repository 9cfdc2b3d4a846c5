package app.caravan.anonymize;

import java.util.Arrays;

/**
 * The words of one text as offsets, with each word's {@link String#hashCode} (computed while
 * scanning) and, once {@link WordKeys#knowAll} ran, what is known of it. Every character of
 * every exported text passes through here: no String or object per word.
 */
final class WordSpans {
    /** Word i starts at {@code bounds[2i]} and ends at {@code bounds[2i + 1]}. */
    private int[] bounds;
    private int[] hashes;
    private WordKeys.Known[] known;
    private int size;

    WordSpans(int expected) {
        int capacity = Math.max(8, expected);
        bounds = new int[capacity * 2];
        hashes = new int[capacity];
    }

    void add(int start, int end, int hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            bounds = Arrays.copyOf(bounds, size * 4);
        }
        bounds[2 * size] = start;
        bounds[2 * size + 1] = end;
        hashes[size++] = hash;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }

    /** The word's {@link String#hashCode}, as its substring would have it. */
    int hash(int i) {
        return hashes[i];
    }

    WordKeys.Known known(int i) {
        return known[i];
    }

    void known(WordKeys.Known[] all) {
        this.known = all;
    }
}
