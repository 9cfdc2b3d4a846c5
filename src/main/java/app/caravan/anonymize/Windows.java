package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text worth running a pattern over: a phone or date needs a digit, an
 * e-mail an @, a URL a slash or a dot inside a word. Transcripts are long and mostly prose, so
 * scanning only around such triggers keeps de-identification fast; every pattern's match lies
 * within {@link #REACH} characters of its trigger.
 */
final class Windows {
    static final int REACH = 120;

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    /** Where a number can begin: an ASCII digit after a non-digit, and a + or ( right before it. */
    private int[] anchors = new int[0];
    private int anchorCount;

    private Windows(String text) {
        this.text = text;
    }

    /**
     * The windows of the triggers every text is searched for, found in one pass over it: a
     * digit (phones, dates, house numbers), an @ (e-mails, handles), and a slash or a dot before
     * a letter or digit (links).
     */
    record Triggers(Windows digits, Windows at, Windows links) {
        static Triggers of(String text) {
            Windows digits = new Windows(text);
            Windows at = new Windows(text);
            Windows links = new Windows(text);
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.add(i);
                    if (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9') {
                        digits.numberStart(i);
                    }
                } else if (c == '@') {
                    at.add(i);
                } else if (c == '/' || c == '.' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    links.add(i);
                }
            }
            return new Triggers(digits, at, links);
        }
    }

    private void numberStart(int at) {
        if (at >= 2 && text.charAt(at - 2) == '+' && text.charAt(at - 1) == '(') {
            anchor(at - 2);
        }
        if (at >= 1 && (text.charAt(at - 1) == '+' || text.charAt(at - 1) == '(')) {
            anchor(at - 1);
        }
        anchor(at);
    }

    private void anchor(int at) {
        if (anchorCount == anchors.length) {
            anchors = java.util.Arrays.copyOf(anchors, Math.max(16, anchorCount * 2));
        }
        anchors[anchorCount++] = at;
    }

    /**
     * The matches of a pattern that can only begin where a number does ({@code \+?\(?\d} after a
     * non-digit): tried there, anchored, instead of at every position of the windows around the
     * digits. They are the matches {@link #matches} finds, as the pattern is shorter than
     * {@link #REACH}. Only for the windows of {@link Triggers#digits()}.
     */
    Iterable<Matcher> matchesFromNumbers(Pattern pattern) {
        return () -> new java.util.Iterator<>() {
            private final Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            private int next;
            private int after;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && next < anchorCount) {
                    int at = anchors[next++];
                    if (at >= after) {
                        m.region(at, text.length());
                        if (m.lookingAt()) {
                            after = m.end();
                            ready = true;
                        }
                    }
                }
                return ready;
            }

            @Override
            public Matcher next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return m;
            }
        };
    }

    private void add(int at) {
        int from = Math.max(0, at - REACH);
        int to = Math.min(text.length(), at + REACH);
        if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] >= from) {
            spans.get(spans.size() - 1)[1] = Math.max(spans.get(spans.size() - 1)[1], to);
        } else {
            spans.add(new int[] {from, to});
        }
    }

    /** A matcher that finds {@code pattern} in one window after another; lookarounds see past the window's edges. */
    Iterable<Matcher> matches(Pattern pattern) {
        return () -> new java.util.Iterator<>() {
            private final Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            private int window = -1;
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (ready) {
                    return true;
                }
                while (true) {
                    if (window >= 0 && m.find()) {
                        ready = true;
                        return true;
                    }
                    if (++window >= spans.size()) {
                        return false;
                    }
                    m.region(spans.get(window)[0], spans.get(window)[1]);
                }
            }

            @Override
            public Matcher next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return m;
            }
        };
    }
}
