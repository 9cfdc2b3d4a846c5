package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A de-identified text and what was replaced in it. Offsets of the original text (coded
 * segments, preview highlights) are carried over with {@link #mapStart} and {@link #mapEnd}: a
 * span {@code [s, e)} of the original becomes {@code [mapStart(s), mapEnd(e))} of {@link #text},
 * which covers exactly the original span with every replacement it touches written in full.
 *
 * @param replacements sorted by start, never overlapping; offsets refer to the original text
 */
public record Deidentified(String text, List<Replacement> replacements) {
    public Deidentified {
        Objects.requireNonNull(text, "text");
        replacements = List.copyOf(replacements);
        for (int i = 1; i < replacements.size(); i++) {
            if (replacements.get(i).start() < replacements.get(i - 1).end()) {
                throw new IllegalArgumentException("replacements " + (i - 1) + " and " + i + " overlap or are unsorted");
            }
        }
    }

    /**
     * Where an original offset lands in {@link #text} when it opens a span: inside a replaced
     * piece it moves to the placeholder's start, so the whole placeholder is included.
     */
    public int mapStart(int originalOffset) {
        return map(originalOffset, true);
    }

    /** Where an original offset lands when it closes a span: inside a replaced piece it moves to the placeholder's end. */
    public int mapEnd(int originalOffset) {
        return map(originalOffset, false);
    }

    private int map(int offset, boolean start) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
        int delta = 0;
        for (Replacement r : replacements) {
            if (offset <= r.start()) {
                break;
            }
            if (offset < r.end()) {
                int placeholderStart = r.start() + delta;
                return start ? placeholderStart : placeholderStart + r.placeholder().length();
            }
            delta += r.placeholder().length() - r.length();
        }
        return offset + delta;
    }

    /** How many replacements of each category, in category order; categories not used are absent. */
    public Map<Category, Integer> counts() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Replacement r : replacements) {
            counts.merge(r.category(), 1, Integer::sum);
        }
        return counts;
    }

    /** The replacements in the coordinates of {@link #text}, for highlighting placeholders in a preview. */
    public List<Replacement> placeholders() {
        List<Replacement> out = new ArrayList<>(replacements.size());
        int delta = 0;
        for (Replacement r : replacements) {
            int s = r.start() + delta;
            out.add(new Replacement(s, s + r.placeholder().length(), r.category(), r.placeholder()));
            delta += r.placeholder().length() - r.length();
        }
        out.sort(Comparator.comparingInt(Replacement::start));
        return out;
    }

    /** Redacted to sizes: the text may still hold what the editor has not yet marked. */
    @Override
    public String toString() {
        return "Deidentified[" + text.length() + " chars, " + replacements.size() + " replacements]";
    }
}
