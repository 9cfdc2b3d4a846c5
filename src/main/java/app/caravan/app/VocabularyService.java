package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;

/** The vault's gazetteer, professions and theme codebook. */
public interface VocabularyService {
    Vocabulary current();

    /** Adds a city, or returns the existing one when the name already resolves (any script). */
    City addCity(String name, String country, String region);

    /** Adds a profession, or returns the existing one when the name already resolves. */
    Profession addProfession(String name, String sector);

    /** Adds a theme under {@code parentKey} (null for top level), or returns the existing one. */
    Theme addTheme(String name, String parentKey, String color);
}
