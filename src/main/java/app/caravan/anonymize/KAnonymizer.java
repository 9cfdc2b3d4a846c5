package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * k-anonymity (and optionally distinct ℓ-diversity) by full-domain generalization plus record
 * suppression, searched over the whole lattice of generalization levels.
 *
 * <p><b>What qualifies.</b> A level vector assigns each chosen quasi-identifier a level of its
 * {@link Hierarchies hierarchy}. Records are grouped into equivalence classes by their generalized
 * values; classes with fewer than k records are suppressed, and with ℓ set, so are classes whose
 * records together carry fewer than ℓ distinct theme keys (a record without themes counts as the
 * value ""). A vector qualifies when the suppressed records are at most {@code maxSuppression} of
 * all records.
 *
 * <p><b>Which one wins.</b> Among qualifying vectors the one with the least information loss, where
 * loss is the normalized generalization height Σ level(q) / maxLevel(q) (0 = nothing generalized,
 * one per quasi-identifier generalized to "*"; ARX's "height"/least-generalization metric, normalized
 * so that a 2-level and a 3-level hierarchy weigh the same when fully generalized). Ties go to fewer
 * suppressed records, then to the lexicographically smallest vector in {@link QuasiIdentifier} order
 * (so city is generalized last). The lattice is at most 4·4·3·3·2·2 = 576 vectors, so it is searched
 * exhaustively in order of loss and the search stops after the first loss that qualifies; no
 * monotonicity is assumed.
 *
 * <p><b>When nothing qualifies</b> (fewer records than k, or even "everything *" is not ℓ-diverse)
 * the top vector is used and what still violates k or ℓ is suppressed, which then is everything
 * ({@link KResult#allSuppressed()}).
 */
public final class KAnonymizer {
    /** The k the issue asks for by default. */
    public static final int DEFAULT_K = 5;

    private final Hierarchies hierarchies;

    public KAnonymizer(Hierarchies hierarchies) {
        this.hierarchies = Objects.requireNonNull(hierarchies, "hierarchies");
    }

    /**
     * Generalizes and suppresses {@code records} until every released equivalence class over
     * {@code qis} has at least {@code k} records (and ℓ distinct themes).
     *
     * @param qis the quasi-identifiers to protect; may be empty (then all records form one class)
     * @param k at least 1
     * @param maxSuppression the largest fraction of records (0..1) that may be suppressed, e.g. 0.1
     * @param l ℓ for distinct ℓ-diversity over themes, at least 1, or null for none
     * @throws IllegalArgumentException on an out-of-range parameter, naming it
     */
    public KResult run(List<QiRecord> records, Set<QuasiIdentifier> qis, int k, double maxSuppression, Integer l) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(qis, "qis");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (!(maxSuppression >= 0 && maxSuppression <= 1)) {
            throw new IllegalArgumentException("maxSuppression must be a fraction between 0 and 1, was "
                    + maxSuppression);
        }
        if (l != null && l < 1) {
            throw new IllegalArgumentException("l must be at least 1 (or off), was " + l);
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) == null) {
                throw new IllegalArgumentException("record " + i + " is null");
            }
        }
        EnumSet<QuasiIdentifier> chosen = EnumSet.noneOf(QuasiIdentifier.class);
        chosen.addAll(qis);
        List<QuasiIdentifier> order = List.copyOf(chosen);
        int[] max = order.stream().mapToInt(hierarchies::maxLevel).toArray();
        EncodedRecords encoded = new EncodedRecords(records, order, hierarchies, l != null);

        long allowed = (long) Math.floor(maxSuppression * records.size() + 1e-9);
        EncodedRecords.Evaluation best = null;
        long bestLoss = Long.MAX_VALUE;
        for (int[] vector : lattice(max)) {
            long loss = loss(vector, max);
            if (loss > bestLoss) {
                break;
            }
            EncodedRecords.Evaluation e = encoded.evaluate(vector, k, l);
            if (e.suppressed() <= allowed && (best == null || e.suppressed() < best.suppressed())) {
                best = e;
                bestLoss = loss;
            }
        }
        if (best == null) {
            best = encoded.evaluate(max, k, l);
        }
        return result(best, order, encoded, l);
    }

    /**
     * All level vectors, least loss first, ties lexicographically. Package-private so tests can check
     * minimality against the same lattice.
     */
    static List<int[]> lattice(int[] max) {
        int total = 1;
        for (int m : max) {
            total *= m + 1;
        }
        List<int[]> vectors = new ArrayList<>(total);
        for (int index = 0; index < total; index++) {
            int[] v = new int[max.length];
            int rest = index;
            for (int j = max.length - 1; j >= 0; j--) {
                v[j] = rest % (max[j] + 1);
                rest /= max[j] + 1;
            }
            vectors.add(v);
        }
        vectors.sort(Comparator.<int[]>comparingLong(v -> loss(v, max)).thenComparing(Arrays::compare));
        return vectors;
    }

    /** Σ level/maxLevel, scaled by the lcm of the max levels so that comparisons are exact. */
    static long loss(int[] vector, int[] max) {
        long lcm = 1;
        for (int m : max) {
            lcm = lcm(lcm, m);
        }
        long loss = 0;
        for (int j = 0; j < vector.length; j++) {
            loss += vector[j] * (lcm / max[j]);
        }
        return loss;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    private static KResult result(EncodedRecords.Evaluation e, List<QuasiIdentifier> order, EncodedRecords encoded,
            Integer l) {
        Map<QuasiIdentifier, Integer> levels = new EnumMap<>(QuasiIdentifier.class);
        for (int j = 0; j < order.size(); j++) {
            levels.put(order.get(j), e.levels()[j]);
        }
        List<Map<QuasiIdentifier, String>> rows = new ArrayList<>(encoded.size());
        for (int i = 0; i < encoded.size(); i++) {
            if (!e.kept()[e.classOf()[i]]) {
                rows.add(null);
                continue;
            }
            Map<QuasiIdentifier, String> row = new EnumMap<>(QuasiIdentifier.class);
            for (int j = 0; j < order.size(); j++) {
                row.put(order.get(j), encoded.value(j, e.levels()[j], i));
            }
            rows.add(row);
        }
        SortedMap<Integer, Integer> classSizes = new TreeMap<>();
        int classes = 0;
        int smallest = Integer.MAX_VALUE;
        for (int c = 0; c < e.kept().length; c++) {
            if (e.kept()[c]) {
                classSizes.merge(e.classSize()[c], 1, Integer::sum);
                classes++;
                smallest = Math.min(smallest, e.classSize()[c]);
            }
        }
        int released = encoded.size() - e.suppressed();
        double highest = released == 0 ? 0 : 1.0 / smallest;
        double average = released == 0 ? 0 : (double) classes / released;
        return new KResult(levels, rows, e.suppressed(), classSizes, highest, average, l != null);
    }
}
