package app.caravan.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the library shows: per facet the selected values (any of them matches; consent flags
 * must all be granted), and an inclusive range of interview days. Facets combine with AND.
 * The empty filter matches every interview.
 */
public record InterviewFilter(Map<Facet, Set<String>> selections, LocalDate from, LocalDate to) {
    public static final InterviewFilter EMPTY = new InterviewFilter(Map.of(), null, null);

    public InterviewFilter {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (selections != null) {
            selections.forEach((facet, values) -> {
                if (facet != null && values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        selections = Map.copyOf(copy);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts on " + from + ", after its end " + to);
        }
    }

    /** The selected values of {@code facet}; empty when the facet does not restrict. */
    public Set<String> values(Facet facet) {
        return selections.getOrDefault(facet, Set.of());
    }

    public boolean isEmpty() {
        return selections.isEmpty() && from == null && to == null;
    }

    public InterviewFilter with(Facet facet, Collection<String> values) {
        Map<Facet, Set<String>> next = new EnumMap<>(Facet.class);
        next.putAll(selections);
        next.put(facet, Set.copyOf(values));
        return new InterviewFilter(next, from, to);
    }

    public InterviewFilter with(Facet facet, String value) {
        Set<String> next = new LinkedHashSet<>(values(facet));
        next.add(value);
        return with(facet, next);
    }

    public InterviewFilter without(Facet facet, String value) {
        Set<String> next = new LinkedHashSet<>(values(facet));
        next.remove(value);
        return with(facet, next);
    }

    public InterviewFilter withoutFacet(Facet facet) {
        return with(facet, Set.of());
    }

    public InterviewFilter withRange(LocalDate start, LocalDate end) {
        return new InterviewFilter(selections, start, end);
    }

    /** How many single restrictions are active (each value, and the date range once). */
    public int size() {
        int n = selections.values().stream().mapToInt(Set::size).sum();
        return n + (from != null || to != null ? 1 : 0);
    }
}
