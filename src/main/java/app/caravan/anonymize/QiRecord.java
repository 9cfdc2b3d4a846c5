package app.caravan.anonymize;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One participant's raw quasi-identifier values and theme keys, the input of {@link KAnonymizer}.
 *
 * <p>Values are keys as stored in the vault: the city key, the profession key, {@code AgeBand.key()},
 * {@code Gender.key()}, {@code Wave.key()}; {@code ""} means unknown. A quasi-identifier missing
 * from the map, or mapped to null, is unknown too.
 *
 * @param themes the theme keys coded anywhere in the interview (for ℓ-diversity); may be empty
 */
public record QiRecord(Map<QuasiIdentifier, String> values, Set<String> themes) {
    public QiRecord {
        EnumMap<QuasiIdentifier, String> copy = new EnumMap<>(QuasiIdentifier.class);
        if (values != null) {
            values.forEach((q, v) -> copy.put(Objects.requireNonNull(q, "quasi-identifier"),
                    v == null ? "" : v));
        }
        values = Collections.unmodifiableMap(copy);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /** The raw value of {@code q}, {@code ""} when unknown. */
    public String value(QuasiIdentifier q) {
        return values.getOrDefault(q, "");
    }
}
