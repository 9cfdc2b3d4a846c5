package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A naive, string-based recount of what {@link KAnonymizer} computes, to check it against. */
final class BruteForce {
    private final Hierarchies h;

    BruteForce(Hierarchies h) {
        this.h = h;
    }

    record Outcome(List<Map<QuasiIdentifier, String>> generalized, Map<Map<QuasiIdentifier, String>, Integer> sizes,
            Set<Map<QuasiIdentifier, String>> failing, int suppressed) {
    }

    Outcome evaluate(List<QiRecord> records, Map<QuasiIdentifier, Integer> levels, int k, Integer l) {
        List<Map<QuasiIdentifier, String>> generalized = new ArrayList<>();
        Map<Map<QuasiIdentifier, String>, Integer> sizes = new HashMap<>();
        Map<Map<QuasiIdentifier, String>, Set<String>> themes = new HashMap<>();
        for (QiRecord r : records) {
            Map<QuasiIdentifier, String> g = new EnumMap<>(QuasiIdentifier.class);
            levels.forEach((q, level) -> g.put(q, h.generalize(q, r.values().getOrDefault(q, ""), level)));
            generalized.add(g);
            sizes.merge(g, 1, Integer::sum);
            themes.computeIfAbsent(g, x -> new HashSet<>()).addAll(r.themes().isEmpty() ? Set.of("") : r.themes());
        }
        Set<Map<QuasiIdentifier, String>> failing = new HashSet<>();
        sizes.forEach((g, size) -> {
            if (size < k || (l != null && themes.get(g).size() < l)) {
                failing.add(g);
            }
        });
        int suppressed = (int) generalized.stream().filter(failing::contains).count();
        return new Outcome(generalized, sizes, failing, suppressed);
    }

    boolean qualifies(List<QiRecord> records, Map<QuasiIdentifier, Integer> levels, int k, double maxSuppression,
            Integer l) {
        return evaluate(records, levels, k, l).suppressed() <= maxSuppression * records.size() + 1e-9;
    }

    /** Every level vector over {@code qis}. */
    List<Map<QuasiIdentifier, Integer>> lattice(Set<QuasiIdentifier> qis) {
        List<Map<QuasiIdentifier, Integer>> all = new ArrayList<>();
        all.add(new EnumMap<>(QuasiIdentifier.class));
        for (QuasiIdentifier q : qis) {
            List<Map<QuasiIdentifier, Integer>> next = new ArrayList<>();
            for (Map<QuasiIdentifier, Integer> v : all) {
                for (int level = 0; level <= h.maxLevel(q); level++) {
                    Map<QuasiIdentifier, Integer> w = new EnumMap<>(QuasiIdentifier.class);
                    w.putAll(v);
                    w.put(q, level);
                    next.add(w);
                }
            }
            all = next;
        }
        return all;
    }

    double loss(Map<QuasiIdentifier, Integer> levels) {
        return levels.entrySet().stream().mapToDouble(e -> (double) e.getValue() / h.maxLevel(e.getKey())).sum();
    }

    static boolean strictlyBelow(Map<QuasiIdentifier, Integer> lower, Map<QuasiIdentifier, Integer> upper) {
        boolean smaller = false;
        for (Map.Entry<QuasiIdentifier, Integer> e : upper.entrySet()) {
            int l = lower.get(e.getKey());
            if (l > e.getValue()) {
                return false;
            }
            smaller |= l < e.getValue();
        }
        return smaller;
    }
}
