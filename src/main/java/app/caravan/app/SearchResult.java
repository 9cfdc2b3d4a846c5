package app.caravan.app;

import java.util.List;

/**
 * What a search found. {@code total} counts the matching interviews; when {@code exact} is
 * false it is a lower bound (phrases are confirmed against the text only until enough hits
 * were shown).
 */
public record SearchResult(String query, int total, boolean exact, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
