package app.caravan.app;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Wave;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/** Interviews for export tests, stored through the app's own services in a real vault. */
final class ExportScenario {
    /** What the interviewee consented to, as the export sees it. */
    enum Kind {
        WITH_TEXT, TEXTLESS, NO_RESEARCH, WITHDRAWN, NO_PARTICIPATION
    }

    /** The quasi-identifiers of one interview, as vocabulary keys. */
    record Qi(String city, String origin, String profession, AgeBand age, Gender gender, Wave wave) {
        static final Qi SAME = new Qi("tashkent", "moscow", "software-developer", AgeBand.FROM_30_TO_39, Gender.MAN,
                Wave.MOBILIZATION_2022);
        static final List<String> CITIES = List.of("tashkent", "tbilisi", "yerevan");
        static final List<String> ORIGINS = List.of("moscow", "st-petersburg");
        static final List<String> PROFESSIONS = List.of("software-developer", "designer", "actor", "teacher");

        static Qi random(Random r) {
            return new Qi(CITIES.get(r.nextInt(CITIES.size())), ORIGINS.get(r.nextInt(ORIGINS.size())),
                    PROFESSIONS.get(r.nextInt(PROFESSIONS.size())),
                    r.nextBoolean() ? AgeBand.FROM_30_TO_39 : AgeBand.FROM_18_TO_29,
                    r.nextBoolean() ? Gender.MAN : Gender.WOMAN,
                    r.nextBoolean() ? Wave.MOBILIZATION_2022 : Wave.SPRING_2022);
        }
    }

    static final List<String> THEMES = List.of("remote-work", "family-left-behind", "border-crossing",
            "housing-prices", "trust-networks");

    private ExportScenario() {
    }

    static Kind randomKind(Random r) {
        int roll = r.nextInt(100);
        return roll < 70 ? Kind.WITH_TEXT : roll < 82 ? Kind.TEXTLESS : roll < 88 ? Kind.NO_RESEARCH
                : roll < 94 ? Kind.WITHDRAWN : Kind.NO_PARTICIPATION;
    }

    /**
     * Stores one interview. Without participation consent it may hold no content, so it gets only
     * its variables; a withdrawn one is stored with consent and then withdrawn, as the app records it.
     */
    static Interview add(VaultSession session, String pseudonym, Kind kind, Qi qi, String transcript,
            List<Segment> segments, Identity identity) {
        Interview created = session.interviews().create(pseudonym);
        OffsetDateTime at = OffsetDateTime.parse("2022-10-17T15:30:00+05:00");
        Interview.Builder b = created.toBuilder().currentCity(qi.city()).originCity(qi.origin())
                .profession(qi.profession()).ageBand(qi.age()).gender(qi.gender()).language("ru")
                .departure(new Departure(LocalDate.of(2022, qi.wave() == Wave.SPRING_2022 ? 3 : 9, 24), qi.wave()));
        if (kind != Kind.NO_PARTICIPATION) {
            boolean share = kind != Kind.NO_RESEARCH;
            boolean verbatim = kind != Kind.TEXTLESS;
            b.consent(new Consent(true, false, verbatim, false, share, false, ConsentMethod.VERBAL, at, null))
                    .transcript(transcript).segments(segments);
        }
        Interview saved = session.interviews().save(b.build());
        if (kind != Kind.NO_PARTICIPATION) {
            session.interviews().saveIdentity(saved.id(), identity);
        }
        if (kind == Kind.WITHDRAWN) {
            saved = session.interviews().withdraw(saved.id(), at.plusDays(30));
        }
        return saved;
    }

    /** Random segments over {@code text}, with the given memos, each coded with one or two themes. */
    static List<Segment> segments(String text, List<String> memos, Random r) {
        List<Segment> out = new java.util.ArrayList<>();
        for (String memo : memos) {
            int start = r.nextInt(Math.max(1, text.length() - 10));
            int end = Math.min(text.length(), start + 1 + r.nextInt(Math.max(1, text.length() / 3)));
            List<String> themes = r.nextBoolean() ? List.of(THEMES.get(r.nextInt(THEMES.size())))
                    : List.of(THEMES.get(r.nextInt(THEMES.size())), THEMES.get(r.nextInt(THEMES.size())));
            out.add(new Segment(start, end, themes, memo));
        }
        return out;
    }

    static AnonymizedExportService.Request request(Path out, List<String> qis, int k, boolean stableIds,
            List<String> sealTo) {
        return new AnonymizedExportService.Request(out, null, AnonymizedExportService.FORMATS, qis, k, 0.5, null,
                "country", stableIds, sealTo);
    }
}
