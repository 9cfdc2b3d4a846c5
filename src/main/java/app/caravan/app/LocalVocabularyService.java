package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.Problem;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.storage.VocabularyStore;
import app.caravan.storage.VocabularyStore.Edit;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vocabulary use cases. The loaded vocabulary is cached: it is small, read on every autocomplete
 * keystroke, and only this service changes it.
 */
final class LocalVocabularyService implements VocabularyService {
    private final VocabularyStore store;
    private final Clock clock;
    private volatile Vocabulary cached;

    LocalVocabularyService(VocabularyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
                region, List.of());
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

    @Override
    public synchronized Theme renameTheme(String key, String newName) {
        String clean = requireName(newName);
        Optional<Theme> same = current().theme(clean);
        if (same.isPresent() && !same.get().key().equals(key)) {
            throw new IllegalArgumentException("Another theme is already called '" + same.get().name() + "'");
        }
        return edited(key, store.renameTheme(key, clean));
    }

    @Override
    public synchronized Theme recolorTheme(String key, String color) {
        if (!Theme.isColor(color)) {
            throw new IllegalArgumentException("The color '" + color + "' is not like #1a2b3c");
        }
        return edited(key, store.recolorTheme(key, color));
    }

    @Override
    public synchronized Theme moveTheme(String key, String newParentKey) {
        Edit edit = store.moveTheme(key, newParentKey);
        if (edit == Edit.CYCLE) {
            throw new IllegalArgumentException("The theme '" + key + "' cannot be moved under '" + newParentKey
                    + "', which lies inside it");
        }
        if (edit == Edit.MISSING && newParentKey != null && current().themesByKey().containsKey(key)) {
            throw new NotFoundException(Problem.of("codebook.noTheme", newParentKey));
        }
        return edited(key, edit);
    }

    @Override
    public synchronized int mergeThemes(String fromKey, String intoKey) {
        VocabularyStore.Merge merge = store.mergeThemes(fromKey, intoKey, clock.instant());
        refresh();
        if (merge.edit() == Edit.CYCLE) {
            throw new IllegalArgumentException("A theme cannot be merged into itself");
        }
        if (merge.edit() == Edit.MISSING) {
            String missing = current().themesByKey().containsKey(fromKey) ? intoKey : fromKey;
            throw new NotFoundException(Problem.of("codebook.noTheme", missing));
        }
        return merge.recoded();
    }

    private Theme edited(String key, Edit edit) {
        refresh();
        if (edit == Edit.MISSING) {
            throw new NotFoundException(Problem.of("codebook.noTheme", key));
        }
        return current().themesByKey().get(key);
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

    private static Set<String> keysOf(Stream<String> keys) {
        return keys.collect(Collectors.toSet());
    }

    static String uniqueKey(String name, Set<String> taken) {
        String base = Vocabulary.keyFor(name);
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
