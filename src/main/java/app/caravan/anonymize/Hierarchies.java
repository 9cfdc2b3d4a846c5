package app.caravan.anonymize;

import app.caravan.domain.AgeBand;
import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Vocabulary;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generalization hierarchies of the quasi-identifiers, built from the vault's vocabulary. Level 0
 * is the value itself; the top level ({@link #maxLevel}) is always {@value #SUPPRESSED_VALUE}.
 *
 * <ul>
 *   <li>{@code CITY}, {@code ORIGIN}: city key → country → region → *</li>
 *   <li>{@code PROFESSION}: profession key → sector → *</li>
 *   <li>{@code AGE}: age band → wider band ({@link AgeBand#wider()}) → *</li>
 *   <li>{@code GENDER}, {@code WAVE}: value → *</li>
 * </ul>
 *
 * <p>Where a step is not known (a key missing from the vocabulary, a city without country or region,
 * a profession without sector, a non-standard age band) the value stays what it was at the level
 * below until the top, where it becomes "*": generalizing never invents information, and k-anonymity
 * still holds because classes are built from the generalized values themselves. Unknown ({@code ""})
 * is a value of its own at level 0 (all unknowns form one group) and "*" above it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Hierarchies {
    /** The value at the top of every hierarchy. */
    public static final String SUPPRESSED_VALUE = "*";

    private static final Map<QuasiIdentifier, List<String>> LEVEL_NAMES = new EnumMap<>(Map.of(
            QuasiIdentifier.CITY, List.of("city", "country", "region", "*"),
            QuasiIdentifier.ORIGIN, List.of("city", "country", "region", "*"),
            QuasiIdentifier.PROFESSION, List.of("profession", "sector", "*"),
            QuasiIdentifier.AGE, List.of("age band", "wider age band", "*"),
            QuasiIdentifier.GENDER, List.of("gender", "*"),
            QuasiIdentifier.WAVE, List.of("wave", "*")));

    private final Vocabulary vocabulary;
    private final Map<String, City> citiesByKey = new HashMap<>();
    private final Map<String, Profession> professionsByKey = new HashMap<>();
    /** Values not in the key maps are resolved by name/alias, which folds every entry; do it once per value. */
    private final Map<QuasiIdentifier, Map<String, String[]>> chains = new EnumMap<>(QuasiIdentifier.class);

    public Hierarchies(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        vocabulary.cities().forEach(c -> citiesByKey.putIfAbsent(c.key(), c));
        vocabulary.professions().forEach(p -> professionsByKey.putIfAbsent(p.key(), p));
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            chains.put(q, new ConcurrentHashMap<>());
        }
    }

    /** The top level of {@code q}'s hierarchy (where every value is "*"); at least 1. */
    public int maxLevel(QuasiIdentifier q) {
        return LEVEL_NAMES.get(q).size() - 1;
    }

    /**
     * {@code value} generalized to {@code level}.
     *
     * @param value a raw value as stored (see {@link QiRecord}); null is read as unknown ("")
     * @throws IllegalArgumentException if the level is outside 0..{@link #maxLevel}
     */
    public String generalize(QuasiIdentifier q, String value, int level) {
        checkLevel(q, level);
        return chains.get(q).computeIfAbsent(value == null ? "" : value, v -> chain(q, v))[level];
    }

    /** The name of a level in words, for the data card: "city", "country", "region", "sector", "*"… */
    public String levelName(QuasiIdentifier q, int level) {
        checkLevel(q, level);
        return LEVEL_NAMES.get(q).get(level);
    }

    /** Quasi-identifier key → level name, in the order given, for {@code DataCard.generalization}. */
    public Map<String, String> describe(Map<QuasiIdentifier, Integer> levels) {
        Map<String, String> out = new LinkedHashMap<>();
        levels.forEach((q, level) -> out.put(q.key(), levelName(q, level)));
        return out;
    }

    /** Every level of {@code value} at once, index = level; what {@link KAnonymizer} caches per distinct value. */
    String[] chain(QuasiIdentifier q, String value) {
        String v = value == null ? "" : value;
        String[] out = new String[maxLevel(q) + 1];
        java.util.Arrays.fill(out, SUPPRESSED_VALUE);
        out[0] = v;
        if (v.isEmpty()) {
            return out;
        }
        switch (q) {
            case CITY, ORIGIN -> {
                City city = citiesByKey.get(v);
                if (city == null) {
                    city = vocabulary.city(v).orElse(null);
                }
                out[1] = city == null || city.country().isBlank() ? v : city.country();
                out[2] = city == null || city.region().isBlank() ? out[1] : city.region();
            }
            case PROFESSION -> {
                Profession p = professionsByKey.get(v);
                if (p == null) {
                    p = vocabulary.profession(v).orElse(null);
                }
                out[1] = p == null || p.sector().isBlank() ? v : p.sector();
            }
            case AGE -> out[1] = widerAge(v);
            case GENDER, WAVE -> {
                // these hierarchies have no step between the value and "*"
            }
        }
        return out;
    }

    private static String widerAge(String band) {
        for (AgeBand b : AgeBand.values()) {
            if (b.key().equals(band)) {
                return b.wider();
            }
        }
        return band;
    }

    private void checkLevel(QuasiIdentifier q, int level) {
        Objects.requireNonNull(q, "quasi-identifier");
        if (level < 0 || level > maxLevel(q)) {
            throw new IllegalArgumentException("level " + level + " is outside 0.." + maxLevel(q)
                    + " for quasi-identifier " + q.key());
        }
    }
}
