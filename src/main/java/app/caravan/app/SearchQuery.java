package app.caravan.app;

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
                throw new InvalidInputException("The search query has a quote at position " + (quote + 1)
                        + " that is never closed; add the closing \" or remove it");
            }
            List<Word> phrase = words(text, quote + 1, close);
            if (phrase.isEmpty()) {
                throw new InvalidInputException("The quoted phrase at position " + (quote + 1)
                        + " of the search query contains no word");
            }
            parts.add(new Part(phrase, phrase.size() > 1));
            i = close + 1;
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException(text.isBlank() ? "The search query is empty; type a word to search for"
                    : "The search query \"" + text.strip() + "\" contains no letters or digits to search for");
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
                throw new InvalidInputException("The prefix " + span.substring(token.start(), token.end() + 1)
                        + " at position " + (from + token.start() + 1) + " of the search query is too short;"
                        + " type at least " + MIN_PREFIX + " letters before *");
            }
            // A word cut to the index's term length can only be matched as a prefix.
            boolean cut = token.term().length() == SearchTokens.MAX_TERM_LENGTH;
            out.add(new Word(token.term(), prefix || cut));
        }
        return out;
    }
}
