package app.caravan.ui.editor;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The inline styles of a text as runs: run {@code i} covers {@code [starts[i], starts[i+1])}
 * (the last one up to {@code length}). Immutable. The transcript area keeps the runs it last
 * applied, moves them along with each edit exactly as the area moves its own styles, and then
 * re-applies only the stretch where they differ from freshly computed ones: on a 200 KB
 * transcript that is a paragraph per keystroke instead of the whole text.
 */
public final class StyleRuns {
    static final String PLAIN = "";

    private final int[] starts;
    private final String[] styles;
    private final int length;

    private StyleRuns(int[] starts, String[] styles, int length) {
        this.starts = starts;
        this.styles = styles;
        this.length = length;
    }

    /** One unstyled run over the whole text. */
    public static StyleRuns plain(int length) {
        return new StyleRuns(new int[] {0}, new String[] {PLAIN}, length);
    }

    public int length() {
        return length;
    }

    public int runCount() {
        return starts.length;
    }

    /** The style of the character at {@code position}. */
    public String styleAt(int position) {
        Objects.checkIndex(position, Math.max(length, 1));
        int i = Arrays.binarySearch(starts, position);
        return styles[i >= 0 ? i : -i - 2];
    }

    /**
     * These runs after {@code edit}: the removed characters take their styles with them and
     * inserted ones are plain, which is what the area does with {@code useInitialStyleForInsertion}.
     * Array copies only: this runs on every keystroke over thousands of runs.
     */
    public StyleRuns edited(TextEdit edit) {
        return splice(edit.position(), edit.removedEnd(), edit.inserted() == 0 ? null : plain(edit.inserted()));
    }

    /** The runs of {@code [from, to)}, as runs of their own starting at 0. */
    public StyleRuns slice(int from, int to) {
        Builder out = new Builder();
        copy(out, from, to);
        return out.build();
    }

    /**
     * These runs with {@code [from, to)} replaced by {@code replacement} (none: just removed); the
     * runs after {@code to} move by the difference in length. Neighbours of the same style merge.
     */
    public StyleRuns splice(int from, int to, StyleRuns replacement) {
        Objects.checkFromToIndex(from, to, length);
        int inserted = replacement == null ? 0 : replacement.length;
        int delta = inserted - (to - from);
        // Runs starting before from are kept (the one spanning from is cut there by the next start).
        int head = from == 0 ? 0 : runIndex(from - 1) + 1;
        // The first run reaching past to: it continues at to.
        int tail = to >= length ? starts.length : runIndex(to);
        int middle = replacement == null ? 0 : replacement.starts.length;
        int[] outStarts = new int[head + middle + (starts.length - tail)];
        String[] outStyles = new String[outStarts.length];
        int count = 0;
        for (int i = 0; i < head; i++) {
            outStarts[count] = starts[i];
            outStyles[count++] = styles[i];
        }
        for (int i = 0; i < middle; i++) {
            if (replacement.length == 0) {
                break;
            }
            if (count > 0 && outStyles[count - 1].equals(replacement.styles[i])) {
                continue;
            }
            outStarts[count] = from + replacement.starts[i];
            outStyles[count++] = replacement.styles[i];
        }
        for (int i = tail; i < starts.length; i++) {
            int start = i == tail ? to : starts[i];
            if (start >= length) {
                break;
            }
            if (count > 0 && outStyles[count - 1].equals(styles[i])) {
                continue;
            }
            outStarts[count] = start + delta;
            outStyles[count++] = styles[i];
        }
        int newLength = length + delta;
        if (count == 0 || newLength == 0) {
            return plain(newLength);
        }
        return new StyleRuns(Arrays.copyOf(outStarts, count), Arrays.copyOf(outStyles, count), newLength);
    }

    /** Whether both style every character alike. */
    public boolean sameAs(StyleRuns other) {
        return difference(this, other).isEmpty();
    }

    /**
     * The smallest range {@code [from, to)} outside of which both texts (of equal length) are
     * styled alike; empty when they are the same everywhere.
     */
    public static Optional<int[]> difference(StyleRuns a, StyleRuns b) {
        if (a.length != b.length) {
            return Optional.of(new int[] {0, b.length});
        }
        int from = firstDifference(a, b);
        if (from >= a.length) {
            return Optional.empty();
        }
        return Optional.of(new int[] {from, lastDifference(a, b) + 1});
    }

    /** The runs within {@code [from, to)} as RichTextFX style spans. */
    public StyleSpans<String> spans(int from, int to) {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>();
        if (from >= to) {
            builder.add(PLAIN, 0);
            return builder.create();
        }
        int i = runIndex(from);
        int position = from;
        while (position < to) {
            int end = Math.min(runEnd(i), to);
            builder.add(styles[i], end - position);
            position = end;
            i++;
        }
        return builder.create();
    }

    private int runIndex(int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    private int runEnd(int i) {
        return i + 1 < starts.length ? starts[i + 1] : length;
    }

    private void copy(Builder out, int from, int to) {
        if (from >= to) {
            return;
        }
        int i = runIndex(from);
        int position = from;
        while (position < to) {
            int end = Math.min(runEnd(i), to);
            out.add(styles[i], end - position);
            position = end;
            i++;
        }
    }

    /** Walks both run lists from the start to the first character styled differently. */
    private static int firstDifference(StyleRuns a, StyleRuns b) {
        int i = 0;
        int j = 0;
        int position = 0;
        while (position < a.length) {
            if (!a.styles[i].equals(b.styles[j])) {
                return position;
            }
            int next = Math.min(a.runEnd(i), b.runEnd(j));
            if (next == a.runEnd(i)) {
                i++;
            }
            if (next == b.runEnd(j)) {
                j++;
            }
            position = next;
        }
        return a.length;
    }

    /** Walks both run lists from the end to the last character styled differently. */
    private static int lastDifference(StyleRuns a, StyleRuns b) {
        int i = a.starts.length - 1;
        int j = b.starts.length - 1;
        int position = a.length;
        while (position > 0) {
            if (!a.styles[i].equals(b.styles[j])) {
                return position - 1;
            }
            int previous = Math.max(a.starts[i], b.starts[j]);
            if (previous == a.starts[i]) {
                i--;
            }
            if (previous == b.starts[j]) {
                j--;
            }
            position = previous;
        }
        return -1;
    }

    /** Appends runs left to right, merging neighbours of the same style and dropping empty ones. */
    static final class Builder {
        private int[] starts = new int[16];
        private String[] styles = new String[16];
        private int count;
        private int length;

        Builder add(String style, int runLength) {
            if (runLength <= 0) {
                return this;
            }
            if (count > 0 && styles[count - 1].equals(style)) {
                length += runLength;
                return this;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                styles = Arrays.copyOf(styles, count * 2);
            }
            starts[count] = length;
            styles[count] = style;
            count++;
            length += runLength;
            return this;
        }

        StyleRuns build() {
            if (count == 0) {
                return plain(length);
            }
            return new StyleRuns(Arrays.copyOf(starts, count), Arrays.copyOf(styles, count), length);
        }
    }
}
