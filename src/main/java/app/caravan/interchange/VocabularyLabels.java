package app.caravan.interchange;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides the order of the written vocabulary section and how values are spelled. The reader
 * resolves names against that section first, in its order, so a label is only used if it
 * resolves back to the same key there; names that collide with another entry's alias fall back
 * to the key, and an export always reads back to the same interviews, in any vault.
 */
final class VocabularyLabels {
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Profession> professions = new HashMap<>();
    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, String> chosen = new HashMap<>();
    private final Vocabulary written;

    VocabularyLabels(Vocabulary vocabulary) {
        vocabulary.cities().forEach(c -> cities.putIfAbsent(c.key(), c));
        vocabulary.professions().forEach(p -> professions.putIfAbsent(p.key(), p));
        vocabulary.themes().forEach(t -> themes.putIfAbsent(t.key(), t));
        written = new Vocabulary(vocabulary.cities(), vocabulary.professions(), parentsFirst(vocabulary.themes()));
    }

    /** The vocabulary as the section lists it. */
    Vocabulary written() {
        return written;
    }

    String city(String key) {
        City city = key == null ? null : cities.get(key);
        return city == null ? key
                : choose("city:" + key, key, written::city, City::key, city.name(), city.key());
    }

    String profession(String key) {
        Profession p = key == null ? null : professions.get(key);
        return p == null ? key
                : choose("profession:" + key, key, written::profession, Profession::key, p.name(), p.key());
    }

    String theme(String key) {
        Theme t = themes.get(key);
        return t == null ? key : choose("theme:" + key, key, written::theme, Theme::key, t.key(), t.name());
    }

    /** The reader accepts a new theme only after its parent, so parents are written first. */
    private List<Theme> parentsFirst(List<Theme> all) {
        Set<Theme> ordered = new LinkedHashSet<>();
        for (Theme theme : all) {
            addWithAncestors(theme, ordered, new HashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private void addWithAncestors(Theme theme, Set<Theme> ordered, Set<String> visiting) {
        if (ordered.contains(theme) || !visiting.add(theme.key())) {
            return;
        }
        Theme parent = theme.parentKey() == null ? null : themes.get(theme.parentKey());
        if (parent != null) {
            addWithAncestors(parent, ordered, visiting);
        }
        ordered.add(theme);
    }

    private <T> String choose(String cacheKey, String key, Function<String, Optional<T>> lookup,
            Function<T, String> keyOf, String preferred, String fallback) {
        return chosen.computeIfAbsent(cacheKey, k -> {
            for (String candidate : List.of(preferred, fallback)) {
                if (lookup.apply(candidate).map(keyOf).filter(key::equals).isPresent()) {
                    return candidate;
                }
            }
            return key;
        });
    }
}
