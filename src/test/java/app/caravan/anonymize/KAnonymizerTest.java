package app.caravan.anonymize;

import static app.caravan.anonymize.QuasiIdentifier.AGE;
import static app.caravan.anonymize.QuasiIdentifier.CITY;
import static app.caravan.anonymize.QuasiIdentifier.GENDER;
import static app.caravan.anonymize.QuasiIdentifier.PROFESSION;
import static app.caravan.anonymize.QuasiIdentifier.WAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KAnonymizerTest {
    private final Hierarchies hierarchies = new Hierarchies(HierarchiesTest.VOCABULARY);
    private final KAnonymizer anonymizer = new KAnonymizer(hierarchies);

    private static QiRecord record(String city, String gender, String wave, String... themes) {
        Map<QuasiIdentifier, String> v = new HashMap<>();
        v.put(CITY, city);
        v.put(GENDER, gender);
        v.put(WAVE, wave);
        return new QiRecord(v, Set.of(themes));
    }

    private static List<QiRecord> times(int n, QiRecord r) {
        List<QiRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(r);
        }
        return out;
    }

    private static List<QiRecord> concat(List<QiRecord> a, List<QiRecord> b) {
        List<QiRecord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void keepsCitiesWhenTheyAreCommonEnoughAndGeneralizesToCountryOtherwise() {
        List<QiRecord> records = concat(times(3, record("tashkent", "man", "other")),
                times(3, record("samarkand", "man", "other")));
        KResult fine = anonymizer.run(records, EnumSet.of(CITY), 3, 0, null);
        assertEquals(Map.of(CITY, 0), fine.levels());
        assertEquals(0, fine.suppressed());
        assertEquals(new TreeMap<>(Map.of(3, 2)), fine.classSizes());
        assertEquals(1.0 / 3, fine.highestRisk(), 1e-12);
        assertEquals(2.0 / 6, fine.averageRisk(), 1e-12);
        assertEquals(Map.of(CITY, "samarkand"), fine.rows().get(5));

        KResult coarse = anonymizer.run(records, EnumSet.of(CITY), 4, 0, null);
        assertEquals(Map.of(CITY, 1), coarse.levels());
        assertEquals(Map.of("city", "country"), hierarchies.describe(coarse.levels()));
        assertTrue(coarse.rows().stream().allMatch(r -> r.equals(Map.of(CITY, "Uzbekistan"))));
        assertEquals(1.0 / 6, coarse.highestRisk(), 1e-12);
        assertFalse(coarse.lDiverse());
    }

    @Test
    void suppressesOutliersWithinTheLimitInsteadOfGeneralizingEveryone() {
        List<QiRecord> records = concat(times(5, record("tashkent", "man", "other")),
                List.of(record("tbilisi", "man", "other")));
        KResult suppressing = anonymizer.run(records, EnumSet.of(CITY), 5, 0.2, null);
        assertEquals(Map.of(CITY, 0), suppressing.levels());
        assertEquals(1, suppressing.suppressed());
        assertEquals(5, suppressing.released());
        assertNull(suppressing.rows().get(5));
        assertEquals(Map.of(CITY, "tashkent"), suppressing.rows().get(0));

        KResult strict = anonymizer.run(records, EnumSet.of(CITY), 5, 0, null);
        assertEquals(Map.of(CITY, 3), strict.levels());
        assertEquals(0, strict.suppressed());
        assertEquals(Map.of(CITY, "*"), strict.rows().get(5));
    }

    @Test
    void equalLossPrefersFewerSuppressedThenTheLexicographicallySmallerVector() {
        List<QiRecord> records = new ArrayList<>();
        records.addAll(times(2, record("", "man", "spring-2022")));
        records.addAll(times(2, record("", "man", "mobilization-2022")));
        records.addAll(times(2, record("", "woman", "spring-2022")));
        records.addAll(times(2, record("", "woman", "mobilization-2022")));
        KResult tie = anonymizer.run(records, EnumSet.of(GENDER, WAVE), 3, 0, null);
        assertEquals(Map.of(GENDER, 0, WAVE, 1), tie.levels());

        records.add(record("", "non-binary", "spring-2022"));
        KResult fewer = anonymizer.run(records, EnumSet.of(GENDER, WAVE), 3, 0.2, null);
        assertEquals(Map.of(GENDER, 1, WAVE, 0), fewer.levels());
        assertEquals(0, fewer.suppressed());
    }

    @Test
    void lDiversityGeneralizesOrSuppressesClassesWithTooFewThemes() {
        List<QiRecord> records = concat(times(4, record("tashkent", "man", "other", "remote-work")),
                times(4, record("samarkand", "man", "other", "remote-work", "housing")));
        assertEquals(Map.of(CITY, 0), anonymizer.run(records, EnumSet.of(CITY), 3, 0.1, null).levels());

        KResult diverse = anonymizer.run(records, EnumSet.of(CITY), 3, 0.1, 2);
        assertEquals(Map.of(CITY, 1), diverse.levels());
        assertTrue(diverse.lDiverse());
        assertEquals(0, diverse.suppressed());

        KResult suppressing = anonymizer.run(records, EnumSet.of(CITY), 3, 0.5, 2);
        assertEquals(Map.of(CITY, 0), suppressing.levels());
        assertEquals(4, suppressing.suppressed());
        assertNull(suppressing.rows().get(0));

        KResult impossible = anonymizer.run(records, EnumSet.of(CITY), 3, 0.1, 3);
        assertTrue(impossible.allSuppressed());
        assertEquals(Map.of(CITY, 3), impossible.levels());
    }

    @Test
    void recordsWithoutThemesCountAsTheirOwnThemeValue() {
        List<QiRecord> records = concat(times(2, record("tashkent", "man", "other")),
                times(2, record("tashkent", "man", "other", "remote-work")));
        KResult r = anonymizer.run(records, EnumSet.of(CITY), 2, 0, 2);
        assertEquals(Map.of(CITY, 0), r.levels());
        assertEquals(0, r.suppressed());
        assertTrue(anonymizer.run(times(4, record("tashkent", "man", "other")), EnumSet.of(CITY), 2, 0, 2)
                .allSuppressed());
    }

    @Test
    void kLargerThanTheNumberOfRecordsSuppressesEverythingAndSaysSo() {
        List<QiRecord> records = times(4, record("tashkent", "man", "other"));
        KResult r = anonymizer.run(records, EnumSet.of(CITY, GENDER, WAVE), 5, 0.1, null);
        assertTrue(r.allSuppressed());
        assertEquals(4, r.suppressed());
        assertEquals(0, r.released());
        assertTrue(r.rows().stream().allMatch(row -> row == null));
        assertEquals(Map.of(CITY, 3, GENDER, 1, WAVE, 1), r.levels());
        assertTrue(r.classSizes().isEmpty());
        assertEquals(0, r.highestRisk());
        assertEquals(0, r.averageRisk());
    }

    @Test
    void emptyInputIsAnEmptyReleaseAtTheBottomOfTheLattice() {
        KResult r = anonymizer.run(List.of(), EnumSet.of(CITY, AGE), 5, 0, 2);
        assertEquals(Map.of(CITY, 0, AGE, 0), r.levels());
        assertTrue(r.rows().isEmpty());
        assertEquals(0, r.suppressed());
        assertFalse(r.allSuppressed());
        assertTrue(r.classSizes().isEmpty());
        assertEquals(0, r.highestRisk());
    }

    @Test
    void onlyTheChosenQuasiIdentifiersAreGeneralizedAndReturned() {
        List<QiRecord> records = new ArrayList<>();
        for (String gender : List.of("man", "woman", "non-binary")) {
            records.addAll(times(2, record("tashkent", gender, "other")));
        }
        KResult cityOnly = anonymizer.run(records, EnumSet.of(CITY), 2, 0, null);
        assertEquals(Map.of(CITY, 0), cityOnly.levels());
        assertEquals(Map.of(CITY, "tashkent"), cityOnly.rows().get(0));

        KResult withGender = anonymizer.run(records, EnumSet.of(CITY, GENDER), 3, 0, null);
        assertEquals(Map.of(CITY, 0, GENDER, 1), withGender.levels());
        assertEquals(Map.of(CITY, "tashkent", GENDER, "*"), withGender.rows().get(0));

        KResult none = anonymizer.run(records, Set.of(), 3, 0, null);
        assertTrue(none.levels().isEmpty());
        assertEquals(Map.of(), none.rows().get(0));
        assertEquals(new TreeMap<>(Map.of(6, 1)), none.classSizes());

        KResult missing = anonymizer.run(records, EnumSet.of(PROFESSION), 6, 0, null);
        assertEquals(Map.of(PROFESSION, 0), missing.levels());
        assertEquals(Map.of(PROFESSION, ""), missing.rows().get(0));
    }

    @Test
    void largeDatasetsStayCorrect() {
        List<QiRecord> records = KAnonymizerPropertyTest.randomRecords(new Random(7), 1500);
        KResult r = KAnonymizerPropertyTest.verify(records, EnumSet.allOf(QuasiIdentifier.class), 5, 0.05, null);
        assertTrue(r.released() > 0);
    }

    @Test
    void parametersAreValidated() {
        List<QiRecord> records = times(3, record("tashkent", "man", "other"));
        Set<QuasiIdentifier> qis = EnumSet.of(CITY);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> anonymizer.run(records, qis, 0, 0, null))
                .getMessage().contains("k must be at least 1"));
        for (double s : new double[] {-0.1, 1.5, Double.NaN}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> anonymizer.run(records, qis, 2, s, null))
                    .getMessage().contains("maxSuppression"));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> anonymizer.run(records, qis, 2, 0, 0))
                .getMessage().contains("l must be at least 1"));
        List<QiRecord> withNull = new ArrayList<>(records);
        withNull.add(null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> anonymizer.run(withNull, qis, 2, 0, null))
                .getMessage().contains("record 3"));
    }

    @Test
    void latticeIsOrderedByNormalizedLossThenLexicographically() {
        int[] max = {3, 2, 1};
        List<int[]> lattice = KAnonymizer.lattice(max);
        assertEquals(4 * 3 * 2, lattice.size());
        assertEquals("[0, 0, 0]", Arrays.toString(lattice.get(0)));
        assertEquals("[3, 2, 1]", Arrays.toString(lattice.get(lattice.size() - 1)));
        assertEquals("[1, 0, 0]", Arrays.toString(lattice.get(1)));
        assertEquals("[0, 1, 0]", Arrays.toString(lattice.get(2)));
        for (int i = 1; i < lattice.size(); i++) {
            assertTrue(KAnonymizer.loss(lattice.get(i - 1), max) <= KAnonymizer.loss(lattice.get(i), max));
        }
        assertEquals(576, KAnonymizer.lattice(new int[] {3, 3, 2, 2, 1, 1}).size());
    }

    @Test
    void checkFindsTheSmallestClassAndNamesAViolation() {
        List<Map<QuasiIdentifier, String>> rows = new ArrayList<>();
        rows.add(Map.of(CITY, "Uzbekistan", GENDER, "man"));
        rows.add(Map.of(CITY, "Uzbekistan", GENDER, "man"));
        rows.add(null);
        rows.add(Map.of(CITY, "Georgia", GENDER, "man"));
        rows.add(Map.of(CITY, "Georgia", GENDER, "man"));
        rows.add(Map.of(CITY, "Georgia", GENDER, "man"));
        assertEquals(2, KAnonymity.check(rows, EnumSet.of(CITY, GENDER), 2));
        assertEquals(5, KAnonymity.check(rows, EnumSet.of(GENDER), 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KAnonymity.check(rows, EnumSet.of(CITY), 3));
        assertTrue(e.getMessage().contains("[Uzbekistan]") && e.getMessage().contains("only 2"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KAnonymity.check(rows, EnumSet.of(WAVE), 1))
                .getMessage().contains("row 0 has no value for quasi-identifier wave"));
        assertEquals(0, KAnonymity.check(java.util.Collections.singletonList(null), EnumSet.of(CITY), 5));
    }
}
