package app.caravan.domain;

/**
 * Keeps a comment's range [start, end) on the same words when the transcript is edited. The
 * edit is found as the common prefix and suffix of the old and new text (one replaced region,
 * which is what an editor save between two comments usually is).
 *
 * <ul>
 *   <li>Edit after the range: the range stays. Edit before it: the range shifts by the change in
 *       length. Text typed exactly at either end stays outside.</li>
 *   <li>Edit inside the range, or across one of its ends: the range grows or shrinks to the text
 *       that replaced its part (an end inside the edit moves to the edit's end in the new text).</li>
 *   <li>Edit that swallows the whole range: the quote is looked for in the text that replaced
 *       it (the same words pasted back or moved a little); when it is not there, the comment is
 *       detached: the words it was about are gone.</li>
 * </ul>
 */
public final class Anchors {
    private Anchors() {
    }

    /** A re-anchored range; when {@code detached}, start = end = where the text used to be. */
    public record Anchor(int start, int end, boolean detached) {
    }

    public static Anchor reanchor(String oldText, String newText, int start, int end, String quote) {
        if (start < 0 || end < start || end > oldText.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside the old text of length "
                    + oldText.length());
        }
        if (oldText.equals(newText)) {
            return new Anchor(start, end, false);
        }
        int oldLength = oldText.length();
        int newLength = newText.length();
        int limit = Math.min(oldLength, newLength);
        int prefix = 0;
        while (prefix < limit && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit && oldText.charAt(oldLength - 1 - suffix) == newText.charAt(newLength - 1 - suffix)) {
            suffix++;
        }
        int editStart = prefix;
        if (prefix + suffix >= limit) {
            // A pure insertion or deletion in repeated text could sit anywhere in [limit - suffix,
            // prefix]; take a place that leaves the range alone if there is one.
            editStart = unambiguous(limit - suffix, prefix, Math.max(0, oldLength - newLength), start, end);
            suffix = limit - editStart;
        }
        int oldEditEnd = oldLength - suffix;
        int newEditEnd = newLength - suffix;
        int delta = newLength - oldLength;

        if (end <= editStart) {
            return new Anchor(start, end, false);
        }
        if (start >= oldEditEnd) {
            return new Anchor(start + delta, end + delta, false);
        }
        if (editStart <= start && end <= oldEditEnd) {
            return find(newText, quote, editStart, newEditEnd);
        }
        int newStart = start < editStart ? start : editStart;
        int newEnd = end > oldEditEnd ? end + delta : newEditEnd;
        if (newEnd <= newStart) {
            return find(newText, quote, editStart, newEditEnd);
        }
        return new Anchor(newStart, newEnd, false);
    }

    /** A start in [lo, hi] for a removal of {@code removed} characters that does not touch [start, end), if any. */
    private static int unambiguous(int lo, int hi, int removed, int start, int end) {
        int before = Math.min(hi, start - removed);
        if (before >= lo) {
            return before;
        }
        int after = Math.max(lo, end);
        return after <= hi ? after : hi;
    }

    /** The occurrence of {@code quote} in the replaced region (give or take its own length) nearest its start. */
    private static Anchor find(String text, String quote, int from, int to) {
        if (quote != null && !quote.isEmpty()) {
            int windowStart = Math.max(0, from - quote.length());
            int windowEnd = Math.min(text.length(), to + quote.length());
            int best = -1;
            for (int at = text.indexOf(quote, windowStart); at >= 0 && at + quote.length() <= windowEnd;
                    at = text.indexOf(quote, at + 1)) {
                if (best < 0 || Math.abs(at - from) < Math.abs(best - from)) {
                    best = at;
                }
            }
            if (best >= 0) {
                return new Anchor(best, best + quote.length(), false);
            }
        }
        int at = Math.min(from, text.length());
        return new Anchor(at, at, true);
    }
}
