package app.caravan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based two-way merge of the desk's transcript ("mine") and a field device's ("theirs"),
 * proposed to the editor when both changed an interview since the last sync.
 *
 * <p>Lines are compared without their line ending (so a CRLF and an LF copy of the same text
 * agree) by a longest-common-subsequence diff. Lines in both are kept once. A run of lines only
 * one side has is kept as it is: without a common ancestor a two-way merge cannot tell "the field
 * added this" from "the desk deleted this", and losing words is worse than repeating them. A run
 * where both sides differ becomes a conflict block the editor must resolve:
 *
 * <pre>
 * &lt;&lt;&lt;&lt;&lt;&lt;&lt; desk
 * the desk's lines
 * =======
 * the field's lines
 * &gt;&gt;&gt;&gt;&gt;&gt;&gt; field
 * </pre>
 *
 * <p>The diff table is quadratic, so when the differing middle (after the common first and last
 * lines are taken off) exceeds {@link #MAX_CELLS} line pairs, the whole middle becomes one block.
 * The result uses the desk's line ending (the field's when the desk text has no line break).
 */
public final class TextMerge {
    /** Opens a conflict block; the desk's lines follow. */
    public static final String MINE_MARKER = "<<<<<<< desk";
    /** Separates the desk's lines from the field's. */
    public static final String SEPARATOR = "=======";
    /** Closes a conflict block after the field's lines. */
    public static final String THEIRS_MARKER = ">>>>>>> field";
    /** About 2,000 × 2,000 differing lines: 16 MB of table, still well under a second. */
    public static final long MAX_CELLS = 4_000_000L;

    private TextMerge() {
    }

    /** The proposed merge; it {@link #hasMarkers has markers} exactly when some lines differ on both sides. */
    public static String merge(String mine, String theirs) {
        mine = mine == null ? "" : mine;
        theirs = theirs == null ? "" : theirs;
        if (mine.equals(theirs)) {
            return mine;
        }
        String eol = mine.contains("\n") ? lineEnding(mine) : lineEnding(theirs);
        List<String> a = lines(mine);
        List<String> b = lines(theirs);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> out = new ArrayList<>(a.subList(0, prefix));
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) (midA.size() + 1) * (midB.size() + 1) > MAX_CELLS) {
            hunk(out, midA, midB);
        } else {
            diff(out, midA, midB);
        }
        out.addAll(a.subList(a.size() - suffix, a.size()));
        boolean finalBreak = endsWithBreak(mine.isEmpty() ? theirs : mine);
        StringBuilder text = new StringBuilder(mine.length() + theirs.length());
        for (int i = 0; i < out.size(); i++) {
            text.append(out.get(i));
            if (i < out.size() - 1 || finalBreak) {
                text.append(eol);
            }
        }
        return text.toString();
    }

    /** True when a line of {@code text} is one of the three marker lines (an unresolved block). */
    public static boolean hasMarkers(String text) {
        for (String line : lines(text == null ? "" : text)) {
            if (line.equals(MINE_MARKER) || line.equals(SEPARATOR) || line.equals(THEIRS_MARKER)) {
                return true;
            }
        }
        return false;
    }

    private static void diff(List<String> out, List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int width = m + 1;
        // lcs[i * width + j] = length of the LCS of a[i..] and b[j..]
        int[] lcs = new int[(n + 1) * width];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * width + j] = a.get(i).equals(b.get(j)) ? lcs[(i + 1) * width + j + 1] + 1
                        : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                hunk(out, onlyA, onlyB);
                onlyA.clear();
                onlyB.clear();
                out.add(a.get(i));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
                onlyA.add(a.get(i++));
            } else {
                onlyB.add(b.get(j++));
            }
        }
        hunk(out, onlyA, onlyB);
    }

    private static void hunk(List<String> out, List<String> mine, List<String> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) {
            out.addAll(mine);
            out.addAll(theirs);
            return;
        }
        out.add(MINE_MARKER);
        out.addAll(mine);
        out.add(SEPARATOR);
        out.addAll(theirs);
        out.add(THEIRS_MARKER);
    }

    /** The lines without their endings; a final line break does not start another (empty) line. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(stripCr(text.substring(start)));
                break;
            }
            lines.add(stripCr(text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String lineEnding(String text) {
        int at = text.indexOf('\n');
        return at > 0 && text.charAt(at - 1) == '\r' ? "\r\n" : "\n";
    }

    private static boolean endsWithBreak(String text) {
        return text.endsWith("\n");
    }
}
