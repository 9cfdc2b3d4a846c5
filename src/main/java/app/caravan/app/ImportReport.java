package app.caravan.app;

import java.util.List;

/** What an import did: how many interviews, and which vocabulary entries it had to add. */
public record ImportReport(int imported, List<String> addedCities, List<String> addedProfessions,
        List<String> addedThemes) {
    public ImportReport {
        addedCities = List.copyOf(addedCities);
        addedProfessions = List.copyOf(addedProfessions);
        addedThemes = List.copyOf(addedThemes);
    }
}
