package app.caravan.app;

import app.caravan.anonymize.QuasiIdentifier;
import app.caravan.domain.City;
import app.caravan.domain.Interview;
import app.caravan.domain.Profession;
import app.caravan.domain.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The participant-level columns of the dataset: the quasi-identifiers as k-anonymity released
 * them (in words: a city's name, a country, a sector), then the variables that are not
 * quasi-identifiers. Exact dates never leave: the interview and the departure go out as years.
 */
final class ExportRows {
    static final String ID = "participant_id";
    private static final Map<QuasiIdentifier, String> QI_COLUMNS = Map.of(QuasiIdentifier.CITY, "current_place",
            QuasiIdentifier.ORIGIN, "origin_place", QuasiIdentifier.PROFESSION, "profession", QuasiIdentifier.AGE,
            "age_band", QuasiIdentifier.GENDER, "gender", QuasiIdentifier.WAVE, "departure_wave");
    private static final List<String> OTHER = List.of("language", "interview_year", "departure_year");

    private final Vocabulary vocabulary;

    ExportRows(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static List<String> columns() {
        List<String> out = new ArrayList<>();
        out.add(ID);
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            out.add(QI_COLUMNS.get(q));
        }
        out.addAll(OTHER);
        return out;
    }

    /** The raw quasi-identifier values of an interview, as k-anonymity reads them ("" = unknown). */
    static Map<QuasiIdentifier, String> raw(Interview i) {
        Map<QuasiIdentifier, String> out = new EnumMap<>(QuasiIdentifier.class);
        out.put(QuasiIdentifier.CITY, nonNull(i.currentCity()));
        out.put(QuasiIdentifier.ORIGIN, nonNull(i.originCity()));
        out.put(QuasiIdentifier.PROFESSION, nonNull(i.profession()));
        out.put(QuasiIdentifier.AGE, i.ageBand() == null ? "" : i.ageBand().key());
        out.put(QuasiIdentifier.GENDER, i.gender() == null ? "" : i.gender().key());
        out.put(QuasiIdentifier.WAVE, i.departure().wave() == null ? "" : i.departure().wave().key());
        return out;
    }

    /**
     * One participant's values, aligned with {@link #columns()}: released quasi-identifiers from
     * {@code released} (those not in {@code chosen} go out as they are, by the user's choice).
     */
    List<String> values(String id, Interview i, Map<QuasiIdentifier, String> released, Set<QuasiIdentifier> chosen) {
        List<String> out = new ArrayList<>();
        out.add(id);
        Map<QuasiIdentifier, String> raw = raw(i);
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            String value = chosen.contains(q) ? released.get(q) : raw.get(q);
            out.add(label(q, value));
        }
        out.add(nonNull(i.language()));
        out.add(String.valueOf(i.interviewedAt().getYear()));
        out.add(i.departure().date() == null ? "" : String.valueOf(i.departure().date().getYear()));
        return out;
    }

    /** Keys become names people read; generalized values (a country, a sector, "*") stay as they are. */
    private String label(QuasiIdentifier q, String value) {
        if (value == null || value.isEmpty() || value.equals("*")) {
            return value == null ? "" : value;
        }
        return switch (q) {
            case CITY, ORIGIN -> vocabulary.cities().stream().filter(c -> c.key().equals(value)).map(City::name)
                    .findFirst().orElse(value);
            case PROFESSION -> vocabulary.professions().stream().filter(p -> p.key().equals(value))
                    .map(Profession::name).findFirst().orElse(value);
            default -> value;
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
