package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;

/**
 * The vault's gazetteer, professions and theme codebook.
 *
 * <p>The codebook edits added for field capture have default implementations that throw
 * {@link UnsupportedOperationException}, so that test doubles written before them still
 * compile; the vault's own implementation provides all of them.
 */
public interface VocabularyService {
    Vocabulary current();

    /** Adds a city, or returns the existing one when the name already resolves (any script). */
    City addCity(String name, String country, String region);

    /** Adds a profession, or returns the existing one when the name already resolves. */
    Profession addProfession(String name, String sector);

    /** Adds a theme under {@code parentKey} (null for top level), or returns the existing one. */
    Theme addTheme(String name, String parentKey, String color);

    /** Renames a theme (its key, and so every coding, stays); throws when another theme has that name. */
    default Theme renameTheme(String key, String newName) {
        throw new UnsupportedOperationException("renameTheme is not supported by " + getClass().getName());
    }

    /** Gives a theme a new {@code #rrggbb} color. */
    default Theme recolorTheme(String key, String color) {
        throw new UnsupportedOperationException("recolorTheme is not supported by " + getClass().getName());
    }

    /**
     * Nests a theme under {@code newParentKey}, or makes it top-level when that is null. Throws
     * {@link IllegalArgumentException} when the new parent lies inside the theme itself.
     */
    default Theme moveTheme(String key, String newParentKey) {
        throw new UnsupportedOperationException("moveTheme is not supported by " + getClass().getName());
    }

    /**
     * Merges {@code fromKey} into {@code intoKey} in one transaction: every interview and segment
     * coded with it is recoded (a coding that had both keeps one), its children move under
     * {@code intoKey}, and it is deleted. Returns how many codings were recoded. The interviews
     * touched get a new revision: an editor holding one of them must reload it.
     */
    default int mergeThemes(String fromKey, String intoKey) {
        throw new UnsupportedOperationException("mergeThemes is not supported by " + getClass().getName());
    }
}
