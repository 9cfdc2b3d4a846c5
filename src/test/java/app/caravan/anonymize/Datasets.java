package app.caravan.anonymize;

import app.caravan.domain.Theme;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-made datasets for the writer tests, to be reused by anyone writing another format: Cyrillic
 * text, quotes, commas and line breaks in values, text and memos, a participant without text, a
 * generalized-away value, a theme whose parent is a child itself.
 */
public final class Datasets {
    public static final List<String> COLUMNS = List.of("participant_id", "current_country", "origin_region",
            "sector", "age_band", "gender", "wave");

    /** Text of participant 1: Russian with quotes and a line break. */
    public static final String TEXT_1 = "Я работаю удалённо — «интернет-работа», как говорят.\n"
            + "Семья осталась в [CITY in Russia], мама пишет каждый день.\n"
            + "Карты перестали работать, \"Мир\" тоже.";
    /** Text of participant 3: English with CRLF, commas and double quotes. */
    public static final String TEXT_3 = "We crossed at Verkhny Lars, \"five days\" in the queue.\r\n"
            + "Then [PERSON-1] found us a flat in Tbilisi, Georgia; prices doubled.";

    private Datasets() {
    }

    public static List<Theme> themes() {
        return List.of(
                new Theme("remote-work", "Remote work and \"internet jobs\"", null, "#1f77b4",
                        "Working for employers abroad or in Russia over the internet."),
                new Theme("it-relocation", "IT relocation | company-led", "remote-work", "#aec7e8",
                        "Employer moved the team.\nIncludes *relocation packages*."),
                new Theme("family-left-behind", "Family left behind", null, "#ff7f0e", ""),
                new Theme("money-sanctions", "Деньги, банки и санкции", null, "#2ca02c",
                        "Карты, которые перестали работать; переводы."),
                new Theme("border-crossing", "Border crossing and route", null, "#d62728", "# not a heading"),
                new Theme("unused", "Return intentions", null, "#9467bd", "1. not a list"));
    }

    public static Dataset.Participant withText() {
        int quote = TEXT_1.indexOf("«");
        int family = TEXT_1.indexOf("Семья");
        int cards = TEXT_1.indexOf("Карты");
        return new Dataset.Participant("P-AB2CD3EF",
                List.of("P-AB2CD3EF", "Uzbekistan", "Urals", "IT", "30-39", "man", "mobilization-2022"), TEXT_1,
                List.of(new Dataset.CodedSpan(0, TEXT_1.indexOf("\n"), List.of("remote-work", "it-relocation"),
                                "says \"internet job\", twice"),
                        new Dataset.CodedSpan(family, cards - 1, List.of("family-left-behind"), "мама, каждый день"),
                        new Dataset.CodedSpan(cards, TEXT_1.length(), List.of("money-sanctions"), ""),
                        new Dataset.CodedSpan(quote, quote + 17, List.of("remote-work"), null)));
    }

    public static Dataset.Participant textless() {
        return new Dataset.Participant("P-GH4JK5LM",
                List.of("P-GH4JK5LM", "Kazakhstan", "*", "culture", "20-29", "woman", "spring-2022"), null,
                List.of(new Dataset.CodedSpan(-1, -1, List.of("border-crossing", "family-left-behind"), "no text: memo only"),
                        new Dataset.CodedSpan(-1, -1, List.of("money-sanctions"), "")));
    }

    public static Dataset.Participant english() {
        return new Dataset.Participant("P-NP6QR7ST",
                List.of("P-NP6QR7ST", "Georgia", "Central Russia, \"Moscow\" area", "media", "40-49", "", "other"),
                TEXT_3,
                List.of(new Dataset.CodedSpan(0, TEXT_3.indexOf("\r\n"), List.of("border-crossing"),
                        "line one,\r\nline two"),
                        new Dataset.CodedSpan(TEXT_3.indexOf("Then"), TEXT_3.length(),
                                List.of("money-sanctions", "undefined-key"), "\"quoted\"")));
    }

    /** Three participants, one of them without text; counts and card consistent with them. */
    public static Dataset sample() {
        List<Dataset.Participant> participants = List.of(withText(), textless(), english());
        return new Dataset("Emigration 2022: Central Asia & Caucasus", COLUMNS, participants, themes(),
                counts(participants), card(participants.size()));
    }

    static Map<String, Integer> counts(List<Dataset.Participant> participants) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Dataset.Participant p : participants) {
            for (Dataset.CodedSpan s : p.spans()) {
                s.themeKeys().forEach(k -> counts.merge(k, 1, Integer::sum));
            }
        }
        return counts;
    }

    public static DataCard card(int participants) {
        Map<String, Integer> excluded = new LinkedHashMap<>();
        excluded.put(Exclusion.NO_RESEARCH_SHARING.label(), 4);
        excluded.put(Exclusion.WITHDRAWN.label(), 1);
        return new DataCard("Caravan 1.0.0-test", Instant.parse("2026-11-21T12:34:56.789Z"), participants,
                excluded, 1, ConsentFilter.RULES, List.of("current_city", "origin_city", "profession"), 3,
                Map.of("current_city", "country", "origin_city", "region", "profession", "sector", "age_band", "10 years"),
                1, new TreeMap<>(Map.of(3, 1)), 1.0 / 3, 1.0 / 3, 2,
                Map.of("PERSON", 3, "PHONE", 1, "CITY", 2), "country",
                ParticipantIds.Scheme.RANDOM.description(), List.of("csv", "jsonl", "codebook"));
    }
}
