package app.caravan.app;

import app.caravan.domain.Problem;
import app.caravan.domain.SearchToken;
import app.caravan.domain.SearchTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed search query (syntax in {@link SearchService}): parts that must all occur, each a
 * single word or a quoted phrase of words; a word directly followed by {@code *} is a prefix.
 * Words are folded like the index folds them, so case and script no longer matter here.
 */
record SearchQuery(String text, List<Part> parts) {
    SearchQuery {
        parts = List.copyOf(parts);
    }

    /** A folded query word; {@code prefix} when it ended in {@code *}. */
    record Word(String term, boolean prefix) {
    }

    /** One word, or a phrase ({@code phrase} true) whose words must follow each other. */
    record Part(List<Word> words, boolean phrase) {
        Part {
            words = List.copyOf(words);
        }
    }

    /** Shorter prefixes would stand for a good part of the dictionary. */
    static final int MIN_PREFIX = 2;

    static SearchQuery parse(String query) throws InvalidInputException {
        String text = query == null ? "" : query;
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int quote = text.indexOf('"', i);
            int plainEnd = quote < 0 ? text.length() : quote;
            for (Word word : words(text, i, plainEnd)) {
                parts.add(new Part(List.of(word), false));
            }
            if (quote < 0) {
                break;
            }
            int close = text.indexOf('"', quote + 1);
            if (close < 0) {
                throw new InvalidInputException(Problem.of("search.openQuote", quote + 1));
            }
            List<Word> phrase = words(text, quote + 1, close);
            if (phrase.isEmpty()) {
                throw new InvalidInputException(Problem.of("search.emptyPhrase", quote + 1));
            }
            parts.add(new Part(phrase, phrase.size() > 1));
            i = close + 1;
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException(text.isBlank() ? Problem.of("search.empty")
                    : Problem.of("search.noWords", text.strip()));
        }
        return new SearchQuery(text, parts);
    }

    boolean hasPhrase() {
        return parts.stream().anyMatch(Part::phrase);
    }

    private static List<Word> words(String text, int from, int to) throws InvalidInputException {
        String span = text.substring(from, to);
        List<Word> out = new ArrayList<>();
        for (SearchToken token : SearchTokens.tokenize(span)) {
            boolean prefix = token.end() < span.length() && span.charAt(token.end()) == '*';
            if (prefix && token.term().length() < MIN_PREFIX) {
                throw new InvalidInputException(Problem.of("search.shortPrefix",
                        span.substring(token.start(), token.end() + 1), from + token.start() + 1, MIN_PREFIX));
            }
            // A word cut to the index's term length can only be matched as a prefix.
            boolean cut = token.term().length() == SearchTokens.MAX_TERM_LENGTH;
            out.add(new Word(token.term(), prefix || cut));
        }
        return out;
    }
}
