package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Combining facets, resolving them through the vocabulary, and counting per value. */
class FilterMatcherTest {
    static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia", List.of("Ташкент")),
                    new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia", List.of("Самарканд")),
                    new City("tbilisi", "Tbilisi", "Georgia", "South Caucasus", List.of()),
                    new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва"))),
            List.of(new Profession("software-developer", "software developer", "IT"),
                    new Profession("actor", "actor", "culture")),
            List.of(new Theme("civic-activism", "Civic activism", null, "#aa0000", ""),
                    new Theme("helping-refugees", "Helping refugees", "civic-activism", "#bb0000", ""),
                    new Theme("donations", "Donations", "helping-refugees", null, ""),
                    new Theme("remote-work", "Remote work", null, "#00aa00", "")));

    static InterviewSummary summary(String pseudonym, String day, String city, String profession, List<String> themes,
            Status status, Consent consent, Wave wave, String interviewer) {
        return new InterviewSummary(UUID.randomUUID(), pseudonym, OffsetDateTime.parse(day + "T12:00:00+05:00"),
                interviewer, city, city, "moscow", profession, themes, status, consent, null,
                new Departure(wave == null ? null : LocalDate.parse(day).minusMonths(1), wave));
    }

    static final Consent QUOTES = new Consent(true, false, true, false, true, false, null, null, null);
    static final Consent ONLY_PARTICIPATION = new Consent(true, false, false, false, false, false, null, null, null);

    final InterviewSummary timur = summary("Timur", "2022-10-17", "Самарканд", "software developer",
            List.of("donations"), Status.SUBMITTED, QUOTES, Wave.MOBILIZATION_2022, "field-team-1");
    final InterviewSummary aziza = summary("Aziza", "2022-04-02", "tashkent", "actor", List.of("remote-work"),
            Status.DRAFT, ONLY_PARTICIPATION, Wave.SPRING_2022, "field-team-2");
    final InterviewSummary nino = summary("Nino", "2023-01-20", "tbilisi", "software-developer",
            List.of("civic-activism", "remote-work"), Status.APPROVED,
            QUOTES.withWithdrawnAt(OffsetDateTime.parse("2023-02-01T10:00:00Z")), Wave.MOBILIZATION_2022,
            "field-team-1");
    final InterviewSummary unknown = summary("Lev", "2022-11-01", "Novi Sad", "", List.of(), Status.DRAFT,
            Consent.NONE, null, "");
    final List<InterviewSummary> all = List.of(timur, aziza, nino, unknown);

    List<String> names(InterviewFilter filter) {
        FilterMatcher matcher = new FilterMatcher(filter, VOCABULARY);
        return all.stream().filter(matcher).map(InterviewSummary::pseudonym).toList();
    }

    @Test
    void theEmptyFilterMatchesEverything() {
        assertEquals(List.of("Timur", "Aziza", "Nino", "Lev"), names(InterviewFilter.EMPTY));
        assertTrue(InterviewFilter.EMPTY.isEmpty());
    }

    @Test
    void countriesAndRegionsResolveThroughTheGazetteerInAnyScript() {
        assertEquals(List.of("Timur", "Aziza"), names(InterviewFilter.EMPTY.with(Facet.COUNTRY, "Uzbekistan")));
        assertEquals(List.of("Nino"), names(InterviewFilter.EMPTY.with(Facet.REGION, "South Caucasus")));
        assertEquals(List.of("Timur"), names(InterviewFilter.EMPTY.with(Facet.CITY, "samarkand")));
        assertEquals(List.of("Lev"), names(InterviewFilter.EMPTY.with(Facet.CITY, "Novi Sad")),
                "a city the gazetteer does not know is its own value");
        assertEquals(List.of("Timur", "Nino"), names(InterviewFilter.EMPTY.with(Facet.SECTOR, "IT")));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        InterviewFilter cities = InterviewFilter.EMPTY.with(Facet.CITY, List.of("tashkent", "tbilisi"));
        assertEquals(List.of("Aziza", "Nino"), names(cities));
        assertEquals(List.of("Nino"), names(cities.with(Facet.PROFESSION, "software-developer")));
        assertEquals(List.of(), names(cities.with(Facet.STATUS, "submitted")));
        assertEquals(List.of("Timur", "Nino"), names(InterviewFilter.EMPTY.with(Facet.WAVE, "mobilization-2022")));
        assertEquals(List.of("Timur", "Nino"), names(InterviewFilter.EMPTY.with(Facet.INTERVIEWER, "field-team-1")));
    }

    @Test
    void aThemeMatchesItsSubThemesAtAnyDepth() {
        assertEquals(List.of("Timur", "Nino"), names(InterviewFilter.EMPTY.with(Facet.THEME, "civic-activism")));
        assertEquals(List.of("Timur"), names(InterviewFilter.EMPTY.with(Facet.THEME, "helping-refugees")));
        assertEquals(List.of("Aziza", "Nino"), names(InterviewFilter.EMPTY.with(Facet.THEME, "remote-work")));
    }

    @Test
    void consentFlagsAreAllRequiredAndAWithdrawalGrantsNone() {
        InterviewFilter quotes = InterviewFilter.EMPTY.with(Facet.CONSENT, "verbatimQuotes");
        assertEquals(List.of("Timur"), names(quotes), "Nino withdrew");
        assertEquals(List.of("Timur", "Aziza"), names(InterviewFilter.EMPTY.with(Facet.CONSENT, "participation")));
        assertEquals(List.of(), names(quotes.with(Facet.CONSENT, "recontact")));
    }

    @Test
    void theDateRangeIsInclusiveOnInterviewDays() {
        InterviewFilter autumn = InterviewFilter.EMPTY.withRange(LocalDate.of(2022, 10, 17), LocalDate.of(2022, 11, 1));
        assertEquals(List.of("Timur", "Lev"), names(autumn));
        assertEquals(List.of("Nino"), names(InterviewFilter.EMPTY.withRange(LocalDate.of(2023, 1, 1), null)));
        assertEquals(List.of("Aziza"), names(InterviewFilter.EMPTY.withRange(null, LocalDate.of(2022, 4, 2))));
        assertThrows(IllegalArgumentException.class,
                () -> InterviewFilter.EMPTY.withRange(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1)));
    }

    @Test
    void facetCountsIgnoreTheirOwnSelectionButHonourTheOthers() {
        InterviewFilter filter = InterviewFilter.EMPTY.with(Facet.CITY, "tashkent").with(Facet.SECTOR, "IT");
        FacetCounts counts = FacetCounts.of(all, new FilterMatcher(filter, VOCABULARY));
        assertEquals(4, counts.total());
        assertEquals(0, counts.matching(), "Aziza in Tashkent is an actor");
        // Cities among IT people: what ticking another city would add.
        assertEquals(Map.of("samarkand", 1, "tbilisi", 1), counts.of(Facet.CITY));
        // Sectors among people in Tashkent.
        assertEquals(Map.of("culture", 1), counts.of(Facet.SECTOR));
        assertEquals(Map.of(), counts.of(Facet.STATUS), "no interview matches both");

        FacetCounts none = FacetCounts.of(all, new FilterMatcher(InterviewFilter.EMPTY, VOCABULARY));
        assertEquals(4, none.matching());
        assertEquals(2, none.count(Facet.COUNTRY, "Uzbekistan"));
        assertEquals(2, none.count(Facet.THEME, "civic-activism"), "a parent counts its sub-themes");
        assertEquals(2, none.count(Facet.CONSENT, "participation"));
        assertEquals(2, none.count(Facet.STATUS, "draft"));
    }

    @Test
    void filterEditsKeepTheRecordImmutableAndCountRestrictions() {
        InterviewFilter f = InterviewFilter.EMPTY.with(Facet.CITY, "tashkent").with(Facet.CITY, "osh")
                .withRange(LocalDate.of(2022, 1, 1), null);
        assertEquals(Set.of("tashkent", "osh"), f.values(Facet.CITY));
        assertEquals(3, f.size());
        assertEquals(Set.of("osh"), f.without(Facet.CITY, "tashkent").values(Facet.CITY));
        assertFalse(f.withoutFacet(Facet.CITY).selections().containsKey(Facet.CITY));
        assertTrue(InterviewFilter.EMPTY.values(Facet.THEME).isEmpty());
    }

    @Test
    void insightCountsWhatTheLibraryWouldShowForEachBar() {
        FilterMatcher everything = new FilterMatcher(InterviewFilter.EMPTY, VOCABULARY);
        Insight insight = Insight.of(all, everything);
        assertEquals(4, insight.interviews());
        assertEquals(List.of("Uzbekistan", "Georgia"), List.copyOf(insight.byCountry().keySet()));
        assertEquals(2, insight.byTheme().get("civic-activism"));
        assertEquals(Map.of("samarkand", 1, "tbilisi", 1), insight.themeByCity().get("civic-activism"));
        assertEquals(Map.of(Wave.MOBILIZATION_2022, 1), insight.departures().get(YearMonth.of(2022, 9)));
        assertEquals(Map.of(Wave.SPRING_2022, 1), insight.departures().get(YearMonth.of(2022, 3)));
        assertEquals(Map.of("IT", 2, "culture", 1), insight.bySector());
        for (Map.Entry<String, Integer> bar : insight.byCountry().entrySet()) {
            assertEquals(bar.getValue(), names(InterviewFilter.EMPTY.with(Facet.COUNTRY, bar.getKey())).size());
        }

        Insight filtered = Insight.of(all, new FilterMatcher(InterviewFilter.EMPTY.with(Facet.SECTOR, "IT"), VOCABULARY));
        assertEquals(2, filtered.interviews());
        assertTrue(Insight.of(List.of(), everything).isEmpty());
    }
}
