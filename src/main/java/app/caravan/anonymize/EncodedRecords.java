package app.caravan.anonymize;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records with every quasi-identifier value, at every level, replaced by a small integer once,
 * so that trying each of the (up to 576) level vectors of the lattice groups integers instead of
 * generalizing and hashing strings again.
 */
final class EncodedRecords {
    private final int size;
    private final List<QuasiIdentifier> qis;
    /** [qi][level][record] → code of the generalized value. */
    private final int[][][] codes;
    /** [qi][level][code] → generalized value. */
    private final String[][][] values;
    /** [record] → theme ids; a record without themes has the id of "". Null when ℓ is off. */
    private final int[][] themes;

    /** The grouping a level vector produces. {@code classOf[i]} is record i's class, {@code kept[c]} its fate. */
    record Evaluation(int[] levels, int[] classOf, int[] classSize, boolean[] kept, int suppressed) {
    }

    EncodedRecords(List<QiRecord> records, List<QuasiIdentifier> qis, Hierarchies hierarchies, boolean withThemes) {
        this.size = records.size();
        this.qis = List.copyOf(qis);
        this.codes = new int[qis.size()][][];
        this.values = new String[qis.size()][][];
        for (int j = 0; j < qis.size(); j++) {
            encode(j, records, hierarchies);
        }
        this.themes = withThemes ? encodeThemes(records) : null;
    }

    private void encode(int j, List<QiRecord> records, Hierarchies hierarchies) {
        QuasiIdentifier q = qis.get(j);
        int levels = hierarchies.maxLevel(q) + 1;
        Map<String, String[]> chains = new HashMap<>();
        codes[j] = new int[levels][size];
        values[j] = new String[levels][];
        for (int level = 0; level < levels; level++) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < size; i++) {
                String raw = records.get(i).value(q);
                String general = chains.computeIfAbsent(raw, v -> hierarchies.chain(q, v))[level];
                Integer id = ids.get(general);
                if (id == null) {
                    id = ids.size();
                    ids.put(general, id);
                }
                codes[j][level][i] = id;
            }
            String[] decode = new String[ids.size()];
            ids.forEach((v, id) -> decode[id] = v);
            values[j][level] = decode;
        }
    }

    private static int[][] encodeThemes(List<QiRecord> records) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] out = new int[records.size()][];
        for (int i = 0; i < records.size(); i++) {
            var keys = records.get(i).themes().isEmpty() ? List.of("") : List.copyOf(records.get(i).themes());
            out[i] = keys.stream().mapToInt(t -> ids.computeIfAbsent(t, x -> ids.size())).toArray();
        }
        return out;
    }

    int size() {
        return size;
    }

    /** The generalized value of record {@code i}'s {@code j}-th quasi-identifier at {@code level}. */
    String value(int j, int level, int i) {
        return values[j][level][codes[j][level][i]];
    }

    /**
     * Groups the records by their values generalized to {@code levels} and marks classes smaller than
     * {@code k}, or (with {@code l}) with fewer than l distinct themes, as suppressed.
     */
    Evaluation evaluate(int[] levels, int k, Integer l) {
        int[] classOf = new int[size];
        int classes = size == 0 ? 0 : 1;
        for (int j = 0; j < qis.size(); j++) {
            int cardinality = values[j][levels[j]].length;
            if (cardinality <= 1) {
                continue;
            }
            int[] code = codes[j][levels[j]];
            Map<Long, Integer> refined = new HashMap<>();
            for (int i = 0; i < size; i++) {
                long key = (long) classOf[i] * cardinality + code[i];
                Integer id = refined.get(key);
                if (id == null) {
                    id = refined.size();
                    refined.put(key, id);
                }
                classOf[i] = id;
            }
            classes = refined.size();
        }
        int[] classSize = new int[classes];
        for (int c : classOf) {
            classSize[c]++;
        }
        boolean[] kept = new boolean[classes];
        for (int c = 0; c < classes; c++) {
            kept[c] = classSize[c] >= k;
        }
        if (l != null) {
            applyDiversity(classOf, kept, l);
        }
        int suppressed = 0;
        for (int i = 0; i < size; i++) {
            if (!kept[classOf[i]]) {
                suppressed++;
            }
        }
        return new Evaluation(levels.clone(), classOf, classSize, kept, suppressed);
    }

    private void applyDiversity(int[] classOf, boolean[] kept, int l) {
        BitSet[] seen = new BitSet[kept.length];
        for (int i = 0; i < size; i++) {
            int c = classOf[i];
            if (kept[c]) {
                if (seen[c] == null) {
                    seen[c] = new BitSet();
                }
                for (int t : themes[i]) {
                    seen[c].set(t);
                }
            }
        }
        for (int c = 0; c < kept.length; c++) {
            if (kept[c] && seen[c].cardinality() < l) {
                kept[c] = false;
            }
        }
    }
}
