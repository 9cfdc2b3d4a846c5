package app.caravan.interchange;

import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import java.util.List;

/**
 * A fully validated interchange file. The interviews refer to vocabulary keys; the {@code new*}
 * lists hold the entries the vault must add before storing them (from the file's
 * {@code vocabulary} section and from names it did not know), in the order they appeared, so
 * that a theme's parent always comes before the theme.
 */
public record InterchangeDocument(
        List<IdentifiedInterview> interviews,
        List<City> newCities,
        List<Profession> newProfessions,
        List<Theme> newThemes) {

    public InterchangeDocument {
        interviews = List.copyOf(interviews);
        newCities = List.copyOf(newCities);
        newProfessions = List.copyOf(newProfessions);
        newThemes = List.copyOf(newThemes);
    }

    public boolean addsVocabulary() {
        return !newCities.isEmpty() || !newProfessions.isEmpty() || !newThemes.isEmpty();
    }
}
