package app.caravan.anonymize;

import static app.caravan.anonymize.QuasiIdentifier.AGE;
import static app.caravan.anonymize.QuasiIdentifier.CITY;
import static app.caravan.anonymize.QuasiIdentifier.GENDER;
import static app.caravan.anonymize.QuasiIdentifier.ORIGIN;
import static app.caravan.anonymize.QuasiIdentifier.PROFESSION;
import static app.caravan.anonymize.QuasiIdentifier.WAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Seeded random datasets: the result is k-anonymous, consistent with a naive recount, and minimal. */
class KAnonymizerPropertyTest {
    private static final Hierarchies H = new Hierarchies(HierarchiesTest.VOCABULARY);
    private static final BruteForce BRUTE = new BruteForce(H);

    private static final List<String> CITIES = List.of("tashkent", "tashkent", "tashkent", "samarkand", "almaty",
            "tbilisi", "tbilisi", "yerevan", "novi-sad", "budva", "atlantis", "");
    private static final List<String> ORIGINS = List.of("moscow", "moscow", "moscow", "moscow", "yekaterinburg",
            "yekaterinburg", "tashkent", "");
    private static final List<String> PROFESSIONS = List.of("software-developer", "software-developer",
            "designer", "actor", "taxi-driver", "juggler", "");
    private static final List<String> AGES = List.of("18-29", "30-39", "30-39", "40-49", "50-59", "60+", "");
    private static final List<String> GENDERS = List.of("man", "man", "woman", "non-binary", "");
    private static final List<String> WAVES = List.of("spring-2022", "mobilization-2022", "mobilization-2022",
            "other", "");
    private static final List<String> THEMES = List.of("remote-work", "family-left-behind", "mobilization",
            "border-crossing", "housing", "money");

    static final List<Set<QuasiIdentifier>> QI_SETS = List.of(EnumSet.allOf(QuasiIdentifier.class),
            EnumSet.of(CITY), EnumSet.of(CITY, PROFESSION, AGE), EnumSet.of(GENDER, WAVE),
            EnumSet.of(ORIGIN, AGE, GENDER), EnumSet.of(CITY, ORIGIN), EnumSet.noneOf(QuasiIdentifier.class));

    static List<QiRecord> randomRecords(Random random, int n) {
        List<QiRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<QuasiIdentifier, String> v = new EnumMap<>(QuasiIdentifier.class);
            v.put(CITY, pick(random, CITIES));
            v.put(ORIGIN, pick(random, ORIGINS));
            v.put(PROFESSION, pick(random, PROFESSIONS));
            v.put(AGE, pick(random, AGES));
            if (random.nextInt(10) > 0) {
                v.put(GENDER, pick(random, GENDERS));
            }
            v.put(WAVE, pick(random, WAVES));
            Set<String> themes = new HashSet<>();
            int count = random.nextInt(3);
            for (int t = 0; t < count; t++) {
                themes.add(pick(random, THEMES));
            }
            out.add(new QiRecord(v, themes));
        }
        return out;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Test
    void kHoldsRisksMatchAndTheChosenGeneralizationIsMinimal() {
        Random random = new Random(20221021L);
        int[] ks = {2, 3, 5, 10};
        double[] suppressions = {0, 0.05, 0.1, 0.3};
        int runs = 0;
        for (int n : new int[] {1, 4, 9, 30, 80, 200}) {
            for (Set<QuasiIdentifier> qis : QI_SETS) {
                for (int k : ks) {
                    List<QiRecord> records = randomRecords(random, n);
                    double maxSuppression = suppressions[random.nextInt(suppressions.length)];
                    Integer l = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null;
                    verify(records, qis, k, maxSuppression, l);
                    runs++;
                }
            }
        }
        assertEquals(6 * QI_SETS.size() * ks.length, runs);
    }

    static KResult verify(List<QiRecord> records, Set<QuasiIdentifier> qis, int k, double maxSuppression, Integer l) {
        String what = "n=" + records.size() + " qis=" + qis + " k=" + k + " s=" + maxSuppression + " l=" + l;
        KResult r = new KAnonymizer(H).run(records, qis, k, maxSuppression, l);
        assertEquals(qis, r.levels().keySet(), what);
        assertEquals(records.size(), r.rows().size(), what);

        long nulls = r.rows().stream().filter(row -> row == null).count();
        assertEquals(nulls, r.suppressed(), what);
        if (r.released() > 0) {
            assertTrue(KAnonymity.check(r.rows(), qis, k) >= k, what);
        }

        BruteForce.Outcome o = BRUTE.evaluate(records, r.levels(), k, l);
        assertEquals(o.suppressed(), r.suppressed(), what);
        for (int i = 0; i < records.size(); i++) {
            Map<QuasiIdentifier, String> g = o.generalized().get(i);
            if (o.failing().contains(g)) {
                assertNull(r.rows().get(i), what + " row " + i);
            } else {
                assertEquals(g, r.rows().get(i), what + " row " + i);
            }
        }

        SortedMap<Integer, Integer> sizes = new TreeMap<>();
        o.sizes().forEach((g, size) -> {
            if (!o.failing().contains(g)) {
                sizes.merge(size, 1, Integer::sum);
            }
        });
        assertEquals(sizes, r.classSizes(), what);
        int released = records.size() - o.suppressed();
        int classes = sizes.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(released == 0 ? 0 : 1.0 / sizes.firstKey(), r.highestRisk(), 1e-12, what);
        assertEquals(released == 0 ? 0 : (double) classes / released, r.averageRisk(), 1e-12, what);
        assertTrue(r.highestRisk() <= 1.0 / k + 1e-12, what);
        assertEquals(l != null, r.lDiverse(), what);

        boolean chosenQualifies = BRUTE.qualifies(records, r.levels(), k, maxSuppression, l);
        for (Map<QuasiIdentifier, Integer> v : BRUTE.lattice(qis)) {
            if (!BRUTE.qualifies(records, v, k, maxSuppression, l)) {
                continue;
            }
            assertTrue(chosenQualifies, what + ": " + v + " qualifies but the fallback was used");
            assertFalse(BruteForce.strictlyBelow(v, r.levels()), what + ": " + v + " is below " + r.levels());
            assertTrue(BRUTE.loss(v) >= BRUTE.loss(r.levels()) - 1e-9, what + ": " + v + " loses less");
            if (Math.abs(BRUTE.loss(v) - BRUTE.loss(r.levels())) < 1e-9) {
                int suppressed = BRUTE.evaluate(records, v, k, l).suppressed();
                assertTrue(suppressed >= r.suppressed(), what + ": " + v + " suppresses fewer at the same loss");
                if (suppressed == r.suppressed()) {
                    int[] chosen = r.levels().values().stream().mapToInt(Integer::intValue).toArray();
                    int[] other = v.values().stream().mapToInt(Integer::intValue).toArray();
                    assertTrue(java.util.Arrays.compare(chosen, other) <= 0,
                            what + ": " + v + " is lexicographically smaller");
                }
            }
        }
        if (!chosenQualifies) {
            assertTrue(r.allSuppressed(), what + ": the fallback releases records that break k or l");
            r.levels().forEach((q, level) -> assertEquals(H.maxLevel(q), level, what));
        }
        return r;
    }
}
