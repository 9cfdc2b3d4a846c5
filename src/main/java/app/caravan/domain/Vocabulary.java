package app.caravan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vault's controlled vocabularies: gazetteer, professions, theme codebook. Values are
 * resolved by key, name or alias, script- and case-insensitively, so "Ташкент", "tashkent"
 * and "Toshkent" all resolve to the same city.
 */
public record Vocabulary(List<City> cities, List<Profession> professions, List<Theme> themes) {
    public Vocabulary {
        cities = List.copyOf(cities);
        professions = List.copyOf(professions);
        themes = List.copyOf(themes);
    }

    public static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of(), List.of());

    public Optional<City> city(String keyOrName) {
        return find(cities, keyOrName, Vocabulary::names);
    }

    public Optional<Profession> profession(String keyOrName) {
        return find(professions, keyOrName, Vocabulary::names);
    }

    public Optional<Theme> theme(String keyOrName) {
        return find(themes, keyOrName, Vocabulary::names);
    }

    /** The names a city is found by, in the order they are tried. */
    static List<String> names(City c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.key());
        names.add(c.name());
        return names;
    }

    static List<String> names(Profession p) {
        return List.of(p.key(), p.name());
    }

    static List<String> names(Theme t) {
        return List.of(t.key(), t.name());
    }

    /** Cities whose name or any alias starts with what was typed, in any script. */
    public List<City> citiesStartingWith(String typed) {
        List<City> out = new ArrayList<>();
        for (City c : cities) {
            if (Transliteration.startsWith(c.name(), typed)
                    || c.aliases().stream().anyMatch(a -> Transliteration.startsWith(a, typed))) {
                out.add(c);
            }
        }
        return out;
    }

    public Map<String, Theme> themesByKey() {
        Map<String, Theme> map = new LinkedHashMap<>();
        themes.forEach(t -> map.put(t.key(), t));
        return map;
    }

    /** A stable, readable key for a new entry: "Novi Sad" → "novi-sad", "Ош" → "osh". */
    public static String keyFor(String name) {
        String folded = Transliteration.romanize(name).toLowerCase(Locale.ROOT);
        String key = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return key.isEmpty() ? "entry" : key;
    }

    private static <T> Optional<T> find(List<T> entries, String keyOrName, Function<T, List<String>> names) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = Transliteration.fold(keyOrName.strip());
        for (T entry : entries) {
            for (String n : names.apply(entry)) {
                if (Transliteration.fold(n).equals(wanted)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** What {@link #city}, {@link #profession} and {@link #theme} answer, looked up in maps built once. */
    public VocabularyIndex index() {
        return new VocabularyIndex(this);
    }
}
