package app.caravan.ui.editor;

import app.caravan.app.VocabularyService;
import app.caravan.domain.City;
import app.caravan.domain.Departure;
import app.caravan.domain.Interview;
import app.caravan.domain.Profession;
import app.caravan.domain.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a draft into the Interview to save: cities (the place included) and profession, typed
 * as names in any script, become vocabulary keys, and names the vocabulary does not know yet
 * are added to it. Runs on a worker thread (it may write to the vault).
 */
public final class InterviewAssembler {
    private final Vocabulary vocabulary;
    private final VocabularyService service;
    private final List<String> added = new ArrayList<>();

    public InterviewAssembler(Vocabulary vocabulary, VocabularyService service) {
        this.vocabulary = vocabulary;
        this.service = service;
    }

    public record Assembled(Interview interview, List<String> addedEntries) {
    }

    public Assembled assemble(Interview base, InterviewDraft d) {
        Interview interview = base.toBuilder()
                .pseudonym(d.pseudonym())
                .interviewedAt(d.interviewedAt())
                .interviewer(d.interviewer())
                .language(d.language())
                .place(city(d.place(), base.place()))
                .currentCity(city(d.currentCity(), base.currentCity()))
                .originCity(city(d.originCity(), base.originCity()))
                .profession(profession(d.profession(), base.profession()))
                .ageBand(d.ageBand())
                .gender(d.gender())
                .departure(new Departure(d.departureDate(), d.wave()))
                .themes(d.themes())
                .consent(d.consent())
                .transcript(d.transcript())
                .segments(d.segments())
                .notes(d.notes())
                .status(d.status())
                .build();
        return new Assembled(interview, List.copyOf(added));
    }

    /** Display text of a stored city key: the city's name, or the raw value if unknown. */
    public static String cityName(Vocabulary vocabulary, String key) {
        return key == null ? "" : vocabulary.city(key).map(City::name).orElse(key);
    }

    public static String professionName(Vocabulary vocabulary, String key) {
        return key == null ? "" : vocabulary.profession(key).map(Profession::name).orElse(key);
    }

    private String city(String typed, String baseKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        // Untouched field: keep the stored value even if the vocabulary does not know it.
        if (Objects.equals(typed.strip(), cityName(vocabulary, baseKey))) {
            return baseKey;
        }
        return vocabulary.city(typed).map(City::key).orElseGet(() -> {
            City city = service.addCity(typed.strip(), "", "");
            added.add(city.name());
            return city.key();
        });
    }

    private String profession(String typed, String baseKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (Objects.equals(typed.strip(), professionName(vocabulary, baseKey))) {
            return baseKey;
        }
        return vocabulary.profession(typed).map(Profession::key).orElseGet(() -> {
            Profession profession = service.addProfession(typed.strip(), "");
            added.add(profession.name());
            return profession.key();
        });
    }
}
