package app.caravan.anonymize;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The participant variables that, combined, could single a person out and that k-anonymity is
 * computed over. The keys are the ones the CLI ({@code --qi city,origin,...}) and the data card use.
 */
public enum QuasiIdentifier {
    /** Current city (where the interview took place / where the participant lives now). */
    CITY("city"),
    /** The city the participant left. */
    ORIGIN("origin"),
    PROFESSION("profession"),
    AGE("age"),
    GENDER("gender"),
    /** Departure wave. */
    WAVE("wave");

    private final String key;

    QuasiIdentifier(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException naming the wrong key and listing the valid ones */
    public static QuasiIdentifier fromKey(String key) {
        for (QuasiIdentifier q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        String valid = Arrays.stream(values()).map(QuasiIdentifier::key).collect(Collectors.joining(", "));
        String shown = key == null ? "null" : key.length() > 60 ? key.substring(0, 60) + "…" : key;
        throw new IllegalArgumentException("'" + shown + "' is not a quasi-identifier; valid: " + valid);
    }
}
