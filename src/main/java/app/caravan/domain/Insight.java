package app.caravan.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's figures for a set of interviews, counted with the same facet values the
 * library filters by, so a bar's number is exactly what clicking it shows. Themes count their
 * sub-themes; departures without a date are counted in {@code undatedDepartures} only.
 */
public record Insight(
        int interviews,
        Map<String, Integer> byCountry,
        Map<String, Integer> byCity,
        Map<String, Integer> byTheme,
        Map<String, Map<String, Integer>> themeByCity,
        Map<YearMonth, Map<Wave, Integer>> departures,
        int undatedDepartures,
        Map<String, Integer> bySector) {

    public boolean isEmpty() {
        return interviews == 0;
    }

    /** Aggregates the interviews {@code matcher} accepts; maps are ordered by count, largest first. */
    public static Insight of(Collection<InterviewSummary> summaries, FilterMatcher matcher) {
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> cities = new HashMap<>();
        Map<String, Integer> themes = new HashMap<>();
        Map<String, Map<String, Integer>> heat = new HashMap<>();
        Map<YearMonth, Map<Wave, Integer>> departures = new TreeMap<>();
        Map<String, Integer> sectors = new HashMap<>();
        int count = 0;
        int undated = 0;
        for (InterviewSummary s : summaries) {
            if (!matcher.test(s)) {
                continue;
            }
            count++;
            add(countries, matcher.values(Facet.COUNTRY, s));
            List<String> city = matcher.values(Facet.CITY, s);
            add(cities, city);
            List<String> coded = matcher.values(Facet.THEME, s);
            add(themes, coded);
            for (String theme : coded) {
                add(heat.computeIfAbsent(theme, k -> new HashMap<>()), city);
            }
            add(sectors, matcher.values(Facet.SECTOR, s));
            Departure d = s.departure();
            if (d.date() != null) {
                Wave wave = d.wave() == null ? Wave.OTHER : d.wave();
                departures.computeIfAbsent(YearMonth.from(d.date()), k -> new EnumMap<>(Wave.class))
                        .merge(wave, 1, Integer::sum);
            } else if (d.wave() != null) {
                undated++;
            }
        }
        Map<String, Map<String, Integer>> sortedHeat = new LinkedHashMap<>();
        byCount(themes).keySet().forEach(t -> sortedHeat.put(t, byCount(heat.get(t))));
        return new Insight(count, byCount(countries), byCount(cities), byCount(themes), sortedHeat, departures,
                undated, byCount(sectors));
    }

    private static void add(Map<String, Integer> counts, List<String> values) {
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
    }

    /** Largest first; equal counts by key, so the order is stable between runs. */
    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
