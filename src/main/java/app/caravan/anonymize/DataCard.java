package app.caravan.anonymize;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What was done to make the dataset, for {@code DATACARD.md} and the export report.
 *
 * @param excluded reason → number of interviews left out (e.g. "no research-sharing consent")
 * @param textless participants exported without text (no verbatim-quote consent)
 * @param quasiIdentifiers the keys of the quasi-identifiers k-anonymity was computed over
 * @param generalization quasi-identifier key → the level chosen, in words ("country", "sector", …)
 * @param classSizes equivalence class size → number of classes of that size (after suppression)
 * @param replacements text category (PERSON, PHONE, …) → number of replacements
 */
public record DataCard(String toolVersion, Instant createdAt, int participants, Map<String, Integer> excluded,
        int textless, String consentRules, List<String> quasiIdentifiers, int k, Map<String, String> generalization,
        int suppressed, SortedMap<Integer, Integer> classSizes, double highestRisk, double averageRisk,
        Integer lDiversity, Map<String, Integer> replacements, String placeLevel, String idScheme,
        List<String> formats) {
    public DataCard {
        excluded = Map.copyOf(excluded);
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        generalization = Map.copyOf(generalization);
        classSizes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(classSizes));
        replacements = Map.copyOf(replacements);
        formats = List.copyOf(formats);
    }
}
