package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
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

    private Windows(String text) {
        this.text = text;
    }

    /** Windows around every character that satisfies {@code trigger}. */
    static Windows around(String text, IntPredicate trigger) {
        Windows w = new Windows(text);
        for (int i = 0; i < text.length(); i++) {
            if (trigger.test(i)) {
                w.add(i);
            }
        }
        return w;
    }

    /** Windows around every word that starts with one of {@code prefixes} (lower case). */
    static Windows aroundWords(String text, String lowerText, List<String> prefixes) {
        Windows w = new Windows(text);
        for (String prefix : prefixes) {
            for (int i = lowerText.indexOf(prefix); i >= 0; i = lowerText.indexOf(prefix, i + 1)) {
                if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                    // prefixes are found out of order: collect first, merge after sorting
                    w.spans.add(new int[] {Math.max(0, i - REACH), Math.min(text.length(), i + REACH)});
                }
            }
        }
        w.spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return w.merged();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
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

    private Windows merged() {
        List<int[]> sorted = new ArrayList<>(spans);
        spans.clear();
        for (int[] s : sorted) {
            if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] >= s[0]) {
                spans.get(spans.size() - 1)[1] = Math.max(spans.get(spans.size() - 1)[1], s[1]);
            } else {
                spans.add(s);
            }
        }
        return this;
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
