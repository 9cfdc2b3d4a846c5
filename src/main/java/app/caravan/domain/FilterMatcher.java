package app.caravan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tests interviews against one {@link InterviewFilter}, resolving cities, professions and
 * themes through the vocabulary once: raw values repeat across thousands of interviews, so each
 * is folded and looked up only the first time it is seen. Not thread-safe; build one per thread.
 */
public final class FilterMatcher implements Predicate<InterviewSummary> {
    private final InterviewFilter filter;
    private final Map<String, City> citiesByName = new HashMap<>();
    private final Map<String, Profession> professionsByName = new HashMap<>();
    private final Map<String, Theme> themesByName = new HashMap<>();
    private final Map<String, Theme> themesByKey;
    private final Map<String, Optional<City>> cityMemo = new HashMap<>();
    private final Map<String, Optional<Profession>> professionMemo = new HashMap<>();
    private final Map<String, List<String>> lineageMemo = new HashMap<>();
    private final Facet[] active;
    private final Set<String>[] wanted;
    private final List<ConsentFlag> requiredFlags = new ArrayList<>();

    public FilterMatcher(InterviewFilter filter, Vocabulary vocabulary) {
        this.filter = filter == null ? InterviewFilter.EMPTY : filter;
        Vocabulary v = vocabulary == null ? Vocabulary.EMPTY : vocabulary;
        for (City c : v.cities()) {
            c.aliases().forEach(a -> citiesByName.putIfAbsent(Transliteration.fold(a), c));
            citiesByName.putIfAbsent(Transliteration.fold(c.name()), c);
            citiesByName.put(Transliteration.fold(c.key()), c);
        }
        for (Profession p : v.professions()) {
            professionsByName.putIfAbsent(Transliteration.fold(p.name()), p);
            professionsByName.put(Transliteration.fold(p.key()), p);
        }
        for (Theme t : v.themes()) {
            themesByName.putIfAbsent(Transliteration.fold(t.name()), t);
            themesByName.put(Transliteration.fold(t.key()), t);
        }
        themesByKey = v.themesByKey();
        active = this.filter.selections().keySet().toArray(Facet[]::new);
        @SuppressWarnings("unchecked")
        Set<String>[] byOrdinal = new Set[Facet.values().length];
        for (Facet f : Facet.values()) {
            byOrdinal[f.ordinal()] = this.filter.values(f);
        }
        wanted = byOrdinal;
        for (ConsentFlag flag : ConsentFlag.values()) {
            if (wanted(Facet.CONSENT).contains(flag.key())) {
                requiredFlags.add(flag);
            }
        }
    }

    public InterviewFilter filter() {
        return filter;
    }

    @Override
    public boolean test(InterviewSummary summary) {
        if (!inRange(summary)) {
            return false;
        }
        for (Facet facet : active) {
            if (!matches(facet, summary)) {
                return false;
            }
        }
        return true;
    }

    /** The facets of the filter that restrict anything. */
    Facet[] activeFacets() {
        return active;
    }

    /** The interview day lies within the filter's date range (inclusive; no range: always). */
    public boolean inRange(InterviewSummary summary) {
        if (filter.from() == null && filter.to() == null) {
            return true;
        }
        if (summary.interviewedAt() == null) {
            return false;
        }
        LocalDate day = summary.interviewedAt().toLocalDate();
        return (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    /** The interview satisfies the filter's selection of {@code facet} (true when nothing is selected). */
    public boolean matches(Facet facet, InterviewSummary summary) {
        Set<String> wanted = wanted(facet);
        if (wanted.isEmpty()) {
            return true;
        }
        // Called for every row on each filter change: no lists are built here.
        switch (facet) {
            case THEME -> {
                for (String coded : summary.themes()) {
                    for (String key : lineage(coded)) {
                        if (wanted.contains(key)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case CONSENT -> {
                for (ConsentFlag flag : requiredFlags) {
                    if (!flag.isGranted(summary.consent())) {
                        return false;
                    }
                }
                return requiredFlags.size() == wanted.size();
            }
            default -> {
                String value = single(facet, summary);
                return value != null && wanted.contains(value);
            }
        }
    }

    private Set<String> wanted(Facet facet) {
        return wanted[facet.ordinal()];
    }

    /** The interview's values of {@code facet}: for themes, each coded theme and all its ancestors. */
    public List<String> values(Facet facet, InterviewSummary s) {
        return switch (facet) {
            case THEME -> themes(s.themes());
            case CONSENT -> consent(s.consent());
            default -> one(single(facet, s));
        };
    }

    /** The one value of a single-valued facet, or null. */
    private String single(Facet facet, InterviewSummary s) {
        String value = switch (facet) {
            case CITY -> cityKey(residence(s));
            case COUNTRY -> city(residence(s)).map(City::country).orElse(null);
            case REGION -> city(residence(s)).map(City::region).orElse(null);
            case ORIGIN_CITY -> cityKey(s.originCity());
            case PROFESSION -> profession(s.profession()).map(Profession::key).orElse(strip(s.profession()));
            case SECTOR -> profession(s.profession()).map(Profession::sector).orElse(null);
            case STATUS -> s.status() == null ? null : s.status().key();
            case WAVE -> s.departure().wave() == null ? null : s.departure().wave().key();
            case INTERVIEWER -> strip(s.interviewer());
            case THEME, CONSENT -> throw new IllegalArgumentException(facet + " has several values");
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** The vocabulary key of a city value, or the value itself when the gazetteer does not know it. */
    public String cityKey(String raw) {
        return city(raw).map(City::key).orElse(strip(raw));
    }

    private static String residence(InterviewSummary s) {
        return strip(s.currentCity()) != null ? s.currentCity() : s.place();
    }

    private Optional<City> city(String raw) {
        String clean = strip(raw);
        if (clean == null) {
            return Optional.empty();
        }
        return cityMemo.computeIfAbsent(clean, k -> Optional.ofNullable(citiesByName.get(Transliteration.fold(k))));
    }

    private Optional<Profession> profession(String raw) {
        String clean = strip(raw);
        if (clean == null) {
            return Optional.empty();
        }
        return professionMemo.computeIfAbsent(clean,
                k -> Optional.ofNullable(professionsByName.get(Transliteration.fold(k))));
    }

    private List<String> themes(List<String> coded) {
        if (coded.isEmpty()) {
            return List.of();
        }
        if (coded.size() == 1) {
            return lineage(coded.get(0));
        }
        Set<String> all = new LinkedHashSet<>();
        coded.forEach(t -> all.addAll(lineage(t)));
        return new ArrayList<>(all);
    }

    /** The theme's key followed by its parent's, grandparent's …; a cycle in a damaged codebook stops the walk. */
    private List<String> lineage(String raw) {
        return lineageMemo.computeIfAbsent(raw, k -> {
            Theme theme = themesByName.get(Transliteration.fold(k));
            if (theme == null) {
                return List.of(k);
            }
            List<String> keys = new ArrayList<>();
            for (Theme t = theme; t != null && !keys.contains(t.key()); t = parentOf(t)) {
                keys.add(t.key());
            }
            return List.copyOf(keys);
        });
    }

    private Theme parentOf(Theme t) {
        return t.parentKey() == null ? null : themesByKey.get(t.parentKey());
    }

    private static List<String> consent(Consent consent) {
        List<String> granted = new ArrayList<>(ConsentFlag.values().length);
        for (ConsentFlag flag : ConsentFlag.values()) {
            if (flag.isGranted(consent)) {
                granted.add(flag.key());
            }
        }
        return granted;
    }

    private static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
