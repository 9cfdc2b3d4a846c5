package app.caravan.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The look-ups of a {@link Vocabulary} with every name folded once: {@link Vocabulary#city} and
 * its siblings fold every name of every entry on each call, which is fine for a form but was a
 * fifth of a bundle import's reading thread (five or six look-ups per interview, ten thousand
 * interviews). Answers exactly as the Vocabulary does: the first entry, in list order, with a
 * name whose fold is the fold of what is asked for.
 */
public final class VocabularyIndex {
    private final Map<String, City> cities;
    private final Map<String, Profession> professions;
    private final Map<String, Theme> themes;
    private final Set<String> cityKeys;
    private final Set<String> professionKeys;
    private final Set<String> themeKeys;

    VocabularyIndex(Vocabulary vocabulary) {
        cities = byFoldedName(vocabulary.cities(), Vocabulary::names);
        professions = byFoldedName(vocabulary.professions(), Vocabulary::names);
        themes = byFoldedName(vocabulary.themes(), Vocabulary::names);
        cityKeys = Set.copyOf(vocabulary.cities().stream().map(City::key).toList());
        professionKeys = Set.copyOf(vocabulary.professions().stream().map(Profession::key).toList());
        themeKeys = Set.copyOf(vocabulary.themes().stream().map(Theme::key).toList());
    }

    public Optional<City> city(String keyOrName) {
        return find(cities, keyOrName);
    }

    public Optional<Profession> profession(String keyOrName) {
        return find(professions, keyOrName);
    }

    public Optional<Theme> theme(String keyOrName) {
        return find(themes, keyOrName);
    }

    public Set<String> cityKeys() {
        return cityKeys;
    }

    public Set<String> professionKeys() {
        return professionKeys;
    }

    public Set<String> themeKeys() {
        return themeKeys;
    }

    private static <T> Map<String, T> byFoldedName(List<T> entries, Function<T, List<String>> names) {
        Map<String, T> map = new HashMap<>();
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                // The first entry with a name wins, as in Vocabulary's walk through the list.
                map.putIfAbsent(Transliteration.fold(name), entry);
            }
        }
        return Map.copyOf(map);
    }

    private static <T> Optional<T> find(Map<String, T> byFolded, String keyOrName) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byFolded.get(Transliteration.fold(keyOrName.strip())));
    }
}
