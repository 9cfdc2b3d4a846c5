package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.SearchToken;
import app.caravan.domain.SearchTokens;
import app.caravan.storage.SearchIndex;
import app.caravan.storage.SearchSources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Search over the vault's own index: the index finds the interviews that contain every word
 * and confirms phrases; this class finds the matches in the stored texts and cuts the snippets. A query word that
 * is a spelling of a city in the vocabulary also finds the city's other spellings
 * (Toshkent finds Tashkent and Ташкент).
 */
final class LocalSearchService implements SearchService {
    static final int MATCHES_PER_HIT = 3;
    private final SearchIndex index;
    private final Supplier<List<City>> cities;

    LocalSearchService(SearchIndex index, Supplier<List<City>> cities) {
        this.index = index;
        this.cities = cities;
    }

    @Override
    public SearchResult search(String query, Set<UUID> within, int limit) throws InvalidInputException {
        SearchQuery parsed = SearchQuery.parse(query);
        Map<String, Set<String>> spellings = citySpellings();
        List<List<TextMatcher.Alternatives>> matcherParts = new ArrayList<>();
        List<List<List<SearchIndex.Term>>> indexQuery = new ArrayList<>();
        for (SearchQuery.Part part : parsed.parts()) {
            List<TextMatcher.Alternatives> words = new ArrayList<>();
            List<List<SearchIndex.Term>> indexWords = new ArrayList<>();
            for (SearchQuery.Word word : part.words()) {
                TextMatcher.Alternatives alternatives = alternatives(word, spellings);
                words.add(alternatives);
                indexWords.add(terms(alternatives));
            }
            matcherParts.add(words);
            indexQuery.add(indexWords);
        }
        TextMatcher matcher = new TextMatcher(matcherParts);
        SearchIndex.Found found = index.find(indexQuery, within, Math.max(0, limit));
        List<SearchHit> hits = new ArrayList<>();
        for (UUID id : found.ids()) {
            if (hits.size() >= limit) {
                break;
            }
            // An interview deleted since the index was read is simply left out.
            index.sources(id).ifPresent(sources -> hits.add(hit(sources, matcher)));
        }
        return new SearchResult(query, found.total(), found.exact(), hits);
    }

    /** The hit for one interview: its matches in transcript, notes, memos and comments. */
    private static SearchHit hit(SearchSources s, TextMatcher matcher) {
        List<Found> found = new ArrayList<>();
        collect(found, matcher, SearchMatch.Source.TRANSCRIPT, 0, s.transcript(), -1);
        for (int i = 0; i < s.notes().size(); i++) {
            collect(found, matcher, SearchMatch.Source.NOTE, i, s.notes().get(i), 0);
        }
        for (int i = 0; i < s.memos().size(); i++) {
            collect(found, matcher, SearchMatch.Source.MEMO, i, s.memos().get(i).text(),
                    s.memos().get(i).transcriptOffset());
        }
        for (int i = 0; i < s.comments().size(); i++) {
            collect(found, matcher, SearchMatch.Source.COMMENT, i, s.comments().get(i).text(),
                    s.comments().get(i).transcriptOffset());
        }
        return new SearchHit(s.id(), s.pseudonym(), s.interviewedAt(), found.size(), shown(found));
    }

    /** One occurrence with where it was found. */
    private record Found(SearchMatch.Source source, int index, String text, int anchor,
            TextMatcher.Occurrence occurrence, List<TextMatcher.Occurrence> sameText) {
    }

    private static void collect(List<Found> out, TextMatcher matcher, SearchMatch.Source source, int index,
            String text, int anchor) {
        List<TextMatcher.Occurrence> occurrences = matcher.find(text);
        for (TextMatcher.Occurrence o : occurrences) {
            out.add(new Found(source, index, text, anchor, o, occurrences));
        }
    }

    /** Up to three matches: first the first occurrence of each part, then the next ones, in text order. */
    private static List<SearchMatch> shown(List<Found> found) {
        List<Found> chosen = new ArrayList<>();
        Set<Integer> parts = new LinkedHashSet<>();
        for (Found f : found) {
            if (chosen.size() < MATCHES_PER_HIT && parts.add(f.occurrence().part())) {
                chosen.add(f);
            }
        }
        for (Found f : found) {
            if (chosen.size() < MATCHES_PER_HIT && !chosen.contains(f)) {
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt(found::indexOf));
        return chosen.stream().map(LocalSearchService::match).toList();
    }

    private static SearchMatch match(Found f) {
        int start = f.occurrence().start();
        int end = f.occurrence().end();
        SearchMatch.Range window = TextMatcher.window(f.text(), start, end);
        List<SearchMatch.Range> highlights = new ArrayList<>();
        for (TextMatcher.Occurrence o : f.sameText()) {
            if (o.start() >= window.start() && o.end() <= window.end()) {
                highlights.add(TextMatcher.inSnippet(window, o.start(), o.end()));
            }
        }
        int transcriptOffset = f.anchor() < 0 ? start : f.anchor();
        return new SearchMatch(f.source(), f.index(), start, end, transcriptOffset,
                TextMatcher.snippet(f.text(), window), highlights);
    }

    private static TextMatcher.Alternatives alternatives(SearchQuery.Word word, Map<String, Set<String>> spellings) {
        if (word.prefix()) {
            return new TextMatcher.Alternatives(Set.of(), List.of(word.term()));
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.add(word.term());
        terms.addAll(spellings.getOrDefault(word.term(), Set.of()));
        return new TextMatcher.Alternatives(terms, List.of());
    }

    private static List<SearchIndex.Term> terms(TextMatcher.Alternatives alternatives) {
        List<SearchIndex.Term> out = new ArrayList<>();
        alternatives.terms().forEach(t -> out.add(new SearchIndex.Term(t, false)));
        alternatives.prefixes().forEach(p -> out.add(new SearchIndex.Term(p, true)));
        return out;
    }

    /** Folded one-word spelling of a city → every one-word spelling of it (name and aliases). */
    private Map<String, Set<String>> citySpellings() {
        Map<String, Set<String>> out = new HashMap<>();
        for (City city : cities.get()) {
            Set<String> spellings = new LinkedHashSet<>();
            List<String> names = new ArrayList<>(city.aliases());
            names.add(city.name());
            for (String name : names) {
                List<SearchToken> tokens = SearchTokens.tokenize(name);
                if (tokens.size() == 1) {
                    spellings.add(tokens.get(0).term());
                }
            }
            for (String spelling : spellings) {
                out.computeIfAbsent(spelling, k -> new LinkedHashSet<>()).addAll(spellings);
            }
        }
        return out;
    }
}
