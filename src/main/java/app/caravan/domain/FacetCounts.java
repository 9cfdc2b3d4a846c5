package app.caravan.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many interviews each facet value would show. A facet's counts honour every other part of
 * the filter but not its own selection, so ticking a second city shows how many it adds
 * (the usual faceted-search rule); {@code matching} is what the whole filter lets through.
 * One pass over the interviews, no per-value re-filtering.
 */
public record FacetCounts(int total, int matching, Map<Facet, Map<String, Integer>> counts) {
    public static final FacetCounts NONE = new FacetCounts(0, 0, Map.of());

    public FacetCounts {
        Map<Facet, Map<String, Integer>> copy = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> copy.put(facet, Map.copyOf(values)));
        counts = Map.copyOf(copy);
    }

    public int count(Facet facet, String value) {
        return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0);
    }

    /** Every value of {@code facet} seen among interviews that match the other facets. */
    public Map<String, Integer> of(Facet facet) {
        return counts.getOrDefault(facet, Map.of());
    }

    public static FacetCounts of(Collection<InterviewSummary> interviews, FilterMatcher matcher) {
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            counts.put(f, new HashMap<>());
        }
        Facet[] active = matcher.activeFacets();
        int matching = 0;
        for (InterviewSummary s : interviews) {
            if (!matcher.inRange(s)) {
                continue;
            }
            Facet failed = null;
            boolean twice = false;
            for (Facet f : active) {
                if (!matcher.matches(f, s)) {
                    if (failed != null) {
                        twice = true;
                        break;
                    }
                    failed = f;
                }
            }
            if (twice) {
                continue;
            }
            if (failed == null) {
                matching++;
                for (Facet f : Facet.values()) {
                    add(counts.get(f), matcher.values(f, s));
                }
            } else {
                add(counts.get(failed), matcher.values(failed, s));
            }
        }
        return new FacetCounts(interviews.size(), matching, counts);
    }

    private static void add(Map<String, Integer> counts, List<String> values) {
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
    }
}
