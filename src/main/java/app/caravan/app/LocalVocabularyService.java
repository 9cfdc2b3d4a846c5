package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.storage.VocabularyStore;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Vocabulary use cases. The loaded vocabulary is cached: it is small, read on every autocomplete
 * keystroke, and only this service changes it.
 */
final class LocalVocabularyService implements VocabularyService {
    private final VocabularyStore store;
    private volatile Vocabulary cached;

    LocalVocabularyService(VocabularyStore store) {
        this.store = store;
    }

    @Override
    public Vocabulary current() {
        Vocabulary v = cached;
        if (v == null) {
            v = store.load();
            cached = v;
        }
        return v;
    }

    @Override
    public synchronized City addCity(String name, String country, String region) {
        String clean = requireName(name);
        Optional<City> existing = current().city(clean);
        if (existing.isPresent()) {
            return existing.get();
        }
        City city = new City(uniqueKey(clean, keysOf(current().cities().stream().map(City::key))), clean, country,
                region, java.util.List.of());
        store.addCity(city);
        refresh();
        return city;
    }

    @Override
    public synchronized Profession addProfession(String name, String sector) {
        String clean = requireName(name);
        Optional<Profession> existing = current().profession(clean);
        if (existing.isPresent()) {
            return existing.get();
        }
        Profession profession = new Profession(
                uniqueKey(clean, keysOf(current().professions().stream().map(Profession::key))), clean, sector);
        store.addProfession(profession);
        refresh();
        return profession;
    }

    @Override
    public synchronized Theme addTheme(String name, String parentKey, String color) {
        String clean = requireName(name);
        Optional<Theme> existing = current().theme(clean);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (parentKey != null && current().themesByKey().get(parentKey) == null) {
            throw new IllegalArgumentException("There is no parent theme '" + parentKey + "'");
        }
        Theme theme = new Theme(uniqueKey(clean, keysOf(current().themes().stream().map(Theme::key))), clean, parentKey,
                color, "");
        store.addTheme(theme);
        refresh();
        return theme;
    }

    /** Forgets the cache after changes made behind this service's back (imports). */
    void refresh() {
        cached = null;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A vocabulary entry needs a name");
        }
        return name.strip();
    }

    private static Set<String> keysOf(java.util.stream.Stream<String> keys) {
        return keys.collect(Collectors.toSet());
    }

    static String uniqueKey(String name, Set<String> taken) {
        String base = Vocabulary.keyFor(name);
        Predicate<String> free = k -> !taken.contains(k);
        if (free.test(base)) {
            return base;
        }
        int n = 2;
        while (!free.test(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
