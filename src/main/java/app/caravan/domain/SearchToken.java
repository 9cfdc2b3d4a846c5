package app.caravan.domain;

/**
 * One word of a text as the search index sees it: {@code term} is its folded form
 * ({@link Transliteration#fold}), {@code start}/{@code end} its UTF-16 range in the ORIGINAL
 * text, so a hit can be shown and highlighted where it really is.
 */
public record SearchToken(String term, int start, int end) {
}
