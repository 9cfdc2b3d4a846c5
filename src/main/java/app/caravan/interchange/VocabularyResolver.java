package app.caravan.interchange;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.VocabularyIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns the cities, professions and themes an interchange file names into vocabulary keys.
 * The file's own {@code vocabulary} section is consulted first, because it says what the file's
 * names meant where it was written (an entry whose key the vault already has still resolves to
 * that key, while the vault keeps its own version of the entry); then the vault's vocabulary.
 * A name neither knows becomes a new entry once; later mentions, in any script or case, resolve
 * to that entry.
 */
final class VocabularyResolver {
    private final Vocabulary vault;
    private final VocabularyIndex vaultIndex;
    private final Kind<City> cities;
    private final Kind<Profession> professions;
    private final Kind<Theme> themes;
    private VocabularyIndex combined;

    /** {@code vaultIndex}: {@code vault}'s index, built once by a caller that resolves many files against the vault. */
    VocabularyResolver(Vocabulary vault, VocabularyIndex vaultIndex) {
        this.vault = vault;
        this.vaultIndex = vaultIndex;
        cities = new Kind<>(vaultIndex.cityKeys(), City::key, VocabularyIndex::city,
                (key, name) -> new City(key, name, "", "", List.of()));
        professions = new Kind<>(vaultIndex.professionKeys(), Profession::key, VocabularyIndex::profession,
                (key, name) -> new Profession(key, name, ""));
        themes = new Kind<>(vaultIndex.themeKeys(), Theme::key, VocabularyIndex::theme,
                (key, name) -> new Theme(key, name, null, Theme.DEFAULT_COLOR, ""));
    }

    boolean vaultHasTheme(String key) {
        return themes.inVault.contains(key);
    }

    /** In the vault or already taken from this file. */
    boolean knowsTheme(String key) {
        return themes.keys.contains(key);
    }

    /** An entry of the file's vocabulary section; it becomes new only if the vault lacks its key. */
    void fromFile(City city) {
        cities.fromFile(city);
    }

    void fromFile(Profession profession) {
        professions.fromFile(profession);
    }

    void fromFile(Theme theme) {
        themes.fromFile(theme);
    }

    String cityKey(String keyOrName) {
        return resolve(cities, keyOrName);
    }

    String professionKey(String keyOrName) {
        return resolve(professions, keyOrName);
    }

    String themeKey(String keyOrName) {
        return resolve(themes, keyOrName);
    }

    List<City> newCities() {
        return List.copyOf(cities.added);
    }

    List<Profession> newProfessions() {
        return List.copyOf(professions.added);
    }

    List<Theme> newThemes() {
        return List.copyOf(themes.added);
    }

    private <T> String resolve(Kind<T> kind, String keyOrName) {
        String wanted = keyOrName.strip();
        String known = kind.resolved.get(wanted);
        if (known != null) {
            return known;
        }
        Optional<T> found = kind.lookup.apply(combined(), wanted);
        String key;
        if (found.isPresent()) {
            key = kind.keyOf.apply(found.get());
        } else {
            key = kind.freeKey(Vocabulary.keyFor(wanted));
            kind.add(kind.create.apply(key, wanted));
        }
        // Safe to remember: once the section is read, entries are only appended at the end of the
        // search order, and lookup returns the first match.
        kind.resolved.put(wanted, key);
        return key;
    }

    private VocabularyIndex combined() {
        if (combined == null) {
            // A file that brings and adds nothing (a bundle's interview entry) searches the vault alone.
            combined = cities.bringsNothing() && professions.bringsNothing() && themes.bringsNothing() ? vaultIndex
                    : new Vocabulary(cities.searchOrder(vault.cities()), professions.searchOrder(vault.professions()),
                            themes.searchOrder(vault.themes())).index();
        }
        return combined;
    }

    /** One controlled vocabulary: its vault keys, what this file brings and adds, resolutions so far. */
    private final class Kind<T> {
        final Set<String> inVault;
        /** The vault's keys until something is added: copied then, not for every file read. */
        Set<String> keys;
        final List<T> inFile = new ArrayList<>();
        final List<T> added = new ArrayList<>();
        final Map<String, String> resolved = new HashMap<>();
        final Function<T, String> keyOf;
        final BiFunction<VocabularyIndex, String, Optional<T>> lookup;
        final BiFunction<String, String, T> create;

        Kind(Set<String> vaultKeys, Function<T, String> keyOf, BiFunction<VocabularyIndex, String, Optional<T>> lookup,
                BiFunction<String, String, T> create) {
            this.keyOf = keyOf;
            this.lookup = lookup;
            this.create = create;
            inVault = vaultKeys;
            keys = vaultKeys;
        }

        boolean bringsNothing() {
            return inFile.isEmpty() && added.isEmpty();
        }

        void fromFile(T entry) {
            inFile.add(entry);
            combined = null;
            if (!inVault.contains(keyOf.apply(entry))) {
                add(entry);
            }
        }

        void add(T entry) {
            if (keys == inVault) {
                keys = new HashSet<>(inVault);
            }
            keys.add(keyOf.apply(entry));
            added.add(entry);
            combined = null;
        }

        /** New entries come last so that earlier resolutions, which took the first match, stay valid. */
        List<T> searchOrder(List<T> vaultEntries) {
            List<T> all = new ArrayList<>(inFile);
            all.addAll(vaultEntries);
            all.addAll(added);
            return all;
        }

        String freeKey(String base) {
            String key = base;
            for (int n = 2; keys.contains(key); n++) {
                key = base + "-" + n;
            }
            return key;
        }
    }
}
