package app.caravan.anonymize;

import java.util.Objects;

/**
 * One piece of the original text that was hidden: {@code [start, end)} are UTF-16 offsets into
 * the ORIGINAL text, replaced in the output by {@code placeholder}. Holds no original text, so
 * it may be logged.
 */
public record Replacement(int start, int end, Category category, String placeholder) {
    public Replacement {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(placeholder, "placeholder");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("replacement [" + start + ", " + end + ") is not a non-empty range");
        }
    }

    public int length() {
        return end - start;
    }
}
