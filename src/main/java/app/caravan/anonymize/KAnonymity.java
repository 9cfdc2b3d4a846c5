package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** An independent check that released rows are k-anonymous, for tests and for the export to assert its own output. */
public final class KAnonymity {
    private KAnonymity() {
    }

    /**
     * The size of the smallest equivalence class of {@code rows} over {@code qis}, after verifying it
     * is at least {@code k}. Null rows (suppressed records) are skipped.
     *
     * @return the smallest class size, or 0 when no row is released
     * @throws IllegalArgumentException if a row lacks one of the quasi-identifiers, or a class is
     *     smaller than k (the message gives the class's generalized values and size)
     */
    public static int check(List<Map<QuasiIdentifier, String>> rows, Set<QuasiIdentifier> qis, int k) {
        Objects.requireNonNull(rows, "rows");
        EnumSet<QuasiIdentifier> chosen = EnumSet.noneOf(QuasiIdentifier.class);
        chosen.addAll(qis);
        Map<List<String>, Integer> sizes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<QuasiIdentifier, String> row = rows.get(i);
            if (row == null) {
                continue;
            }
            List<String> key = new ArrayList<>(chosen.size());
            for (QuasiIdentifier q : chosen) {
                String v = row.get(q);
                if (v == null) {
                    throw new IllegalArgumentException("row " + i + " has no value for quasi-identifier " + q.key());
                }
                key.add(v);
            }
            sizes.merge(key, 1, Integer::sum);
        }
        int smallest = 0;
        List<String> smallestKey = null;
        for (Map.Entry<List<String>, Integer> e : sizes.entrySet()) {
            if (smallestKey == null || e.getValue() < smallest) {
                smallest = e.getValue();
                smallestKey = e.getKey();
            }
        }
        if (smallestKey != null && smallest < k) {
            throw new IllegalArgumentException("not " + k + "-anonymous over " + chosen + ": the class "
                    + smallestKey + " has only " + smallest + " record(s)");
        }
        return smallest;
    }
}
