package app.caravan.app;

import java.util.Set;
import java.util.UUID;

/**
 * Full-text search over transcripts, notes, segment memos and review comments, answered from
 * an index kept inside the encrypted vault (never a separate file).
 *
 * <p>Query language: words are matched case-insensitively and across scripts (Ташкент finds
 * Tashkent and back); a word ending in {@code *} matches every word it starts (Москв* finds
 * Москва, Москве, Москвы); {@code "quoted words"} must occur as a phrase; all parts must occur
 * in the same interview (AND).
 */
public interface SearchService {
    /**
     * The interviews matching {@code query}, newest interview first, at most {@code limit} of
     * them, each with up to a few highlighted snippets. {@code within} restricts the search to
     * those interviews (the library's current filter); null searches all. Throws
     * {@link InvalidInputException} for a query it cannot read (an unclosed quote), saying where.
     */
    SearchResult search(String query, Set<UUID> within, int limit) throws InvalidInputException;
}
