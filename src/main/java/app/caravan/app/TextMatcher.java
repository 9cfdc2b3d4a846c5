package app.caravan.app;

import app.caravan.domain.SearchTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where the parts of a query occur in a text, on the ORIGINAL offsets of its words, and
 * cuts snippets around them. The same folding as the index, so what the index found is found
 * here again — and a phrase the index can only approximate (all its words in the interview) is
 * confirmed here (its words one after the other).
 */
final class TextMatcher {
    static final int SNIPPET_LENGTH = 120;
    private static final String ELLIPSIS = "…";
    private final List<List<Alternatives>> parts;

    /** The accepted spellings of one query word: whole terms, and prefixes. */
    record Alternatives(Set<String> terms, List<String> prefixes, String firsts) {
        Alternatives(Set<String> terms, List<String> prefixes) {
            this(terms, prefixes, firsts(terms, prefixes));
        }

        /** Could a word whose fold starts with {@code first} match? 0 means "unknown": yes. */
        boolean mayStartWith(char first) {
            return first == 0 || firsts.indexOf(first) >= 0;
        }

        private static String firsts(Set<String> terms, List<String> prefixes) {
            StringBuilder out = new StringBuilder();
            terms.forEach(t -> out.append(t.charAt(0)));
            prefixes.forEach(p -> out.append(p.charAt(0)));
            return out.toString();
        }

        boolean matches(String term) {
            if (terms.contains(term)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (term.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A place in a text where query part {@code part} occurs. */
    record Occurrence(int part, int start, int end) {
    }

    /** {@code parts}: per query part, the alternatives of each of its words in order. */
    TextMatcher(List<List<Alternatives>> parts) {
        this.parts = List.copyOf(parts);
    }

    List<Occurrence> find(String text) {
        List<Occurrence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int[] bounds = SearchTokens.bounds(text);
        int words = bounds.length / 2;
        // Folding is the expensive part: fold only words whose first letter could match.
        String[] folded = new String[words];
        for (int t = 0; t < words; t++) {
            char first = SearchTokens.firstFolded(text, bounds[2 * t], bounds[2 * t + 1]);
            for (int p = 0; p < parts.size(); p++) {
                List<Alternatives> phrase = parts.get(p);
                if (t + phrase.size() > words || !phrase.get(0).mayStartWith(first)) {
                    continue;
                }
                boolean all = true;
                for (int w = 0; w < phrase.size() && all; w++) {
                    if (folded[t + w] == null) {
                        folded[t + w] = SearchTokens.fold(text, bounds[2 * (t + w)], bounds[2 * (t + w) + 1]);
                    }
                    all = phrase.get(w).matches(folded[t + w]);
                }
                if (all) {
                    out.add(new Occurrence(p, bounds[2 * t], bounds[2 * (t + phrase.size() - 1) + 1]));
                }
            }
        }
        return out;
    }

    /** About {@value #SNIPPET_LENGTH} characters of {@code text} around [start, end), whole words, one line. */
    static SearchMatch.Range window(String text, int start, int end) {
        int room = Math.max(0, SNIPPET_LENGTH - (end - start));
        int from = Math.max(0, start - room / 2);
        int to = Math.min(text.length(), end + room - (start - from));
        // Near the end of the text the room left over goes before the match.
        from = Math.max(0, Math.min(from, to - (end - start) - room));
        // Do not cut words: move the edges to the nearest word boundary inside the window.
        while (from > 0 && from < start && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && Character.isLetterOrDigit(text.charAt(to))) {
            to--;
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return new SearchMatch.Range(Math.min(from, start), Math.max(to, end));
    }

    /** The snippet text of {@code window}: ellipses where it is cut, line breaks as spaces. */
    static String snippet(String text, SearchMatch.Range window) {
        StringBuilder out = new StringBuilder(window.end() - window.start() + 2);
        if (window.start() > 0) {
            out.append(ELLIPSIS);
        }
        for (int i = window.start(); i < window.end(); i++) {
            char c = text.charAt(i);
            out.append(Character.isWhitespace(c) ? ' ' : c);
        }
        if (window.end() < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    /** Where text range [start, end) lies inside the snippet of {@code window}. */
    static SearchMatch.Range inSnippet(SearchMatch.Range window, int start, int end) {
        int shift = (window.start() > 0 ? ELLIPSIS.length() : 0) - window.start();
        return new SearchMatch.Range(start + shift, end + shift);
    }
}
