package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of {@link KAnonymizer#run}.
 *
 * @param levels the chosen generalization level of each quasi-identifier that was asked for
 * @param rows one entry per input record, in input order: its generalized quasi-identifier values,
 *     or {@code null} when the record is suppressed (left out of the release)
 * @param suppressed the number of null rows
 * @param classSizes equivalence-class size → number of released classes of that size
 * @param highestRisk prosecutor re-identification risk of the most exposed released record,
 *     1 / (smallest class size); 0 when nothing is released
 * @param averageRisk average prosecutor risk over the released records, (number of classes) /
 *     (released records); 0 when nothing is released
 * @param lDiverse true when ℓ-diversity was asked for and every released class meets it
 */
public record KResult(Map<QuasiIdentifier, Integer> levels, List<Map<QuasiIdentifier, String>> rows,
        int suppressed, SortedMap<Integer, Integer> classSizes, double highestRisk, double averageRisk,
        boolean lDiverse) {
    public KResult {
        levels = Collections.unmodifiableMap(levels.isEmpty()
                ? new EnumMap<>(QuasiIdentifier.class) : new EnumMap<>(levels));
        List<Map<QuasiIdentifier, String>> copy = new ArrayList<>(rows.size());
        for (Map<QuasiIdentifier, String> row : rows) {
            copy.add(row == null ? null : Collections.unmodifiableMap(row.isEmpty()
                    ? new EnumMap<>(QuasiIdentifier.class) : new EnumMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        classSizes = Collections.unmodifiableSortedMap(new TreeMap<>(classSizes));
    }

    /** The number of records released (not suppressed). */
    public int released() {
        return rows.size() - suppressed;
    }

    /**
     * True when there were records but none could be released: fewer records than k, or no
     * grouping (not even everything "*") meets k and ℓ. The export should then say so rather than
     * write an empty dataset silently.
     */
    public boolean allSuppressed() {
        return !rows.isEmpty() && suppressed == rows.size();
    }
}
