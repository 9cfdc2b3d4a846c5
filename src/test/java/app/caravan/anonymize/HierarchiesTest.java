package app.caravan.anonymize;

import static app.caravan.anonymize.QuasiIdentifier.AGE;
import static app.caravan.anonymize.QuasiIdentifier.CITY;
import static app.caravan.anonymize.QuasiIdentifier.GENDER;
import static app.caravan.anonymize.QuasiIdentifier.ORIGIN;
import static app.caravan.anonymize.QuasiIdentifier.PROFESSION;
import static app.caravan.anonymize.QuasiIdentifier.WAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HierarchiesTest {
    static final Vocabulary VOCABULARY = new Vocabulary(List.of(
            new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia", List.of("Ташкент", "Toshkent")),
            new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia", List.of("Самарканд")),
            new City("almaty", "Almaty", "Kazakhstan", "Central Asia", List.of()),
            new City("tbilisi", "Tbilisi", "Georgia", "South Caucasus", List.of()),
            new City("yerevan", "Yerevan", "Armenia", "South Caucasus", List.of()),
            new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва")),
            new City("yekaterinburg", "Yekaterinburg", "Russia", "Russia", List.of()),
            new City("novi-sad", "Novi Sad", "", "", List.of()),
            new City("budva", "Budva", "Montenegro", "", List.of())),
            List.of(new Profession("software-developer", "software developer", "IT"),
                    new Profession("designer", "designer", "IT"),
                    new Profession("actor", "actor", "culture"),
                    new Profession("taxi-driver", "taxi driver", "transport"),
                    new Profession("juggler", "juggler", "")),
            List.of(new Theme("remote-work", "Remote work", null, "#1f77b4", "")));

    private final Hierarchies h = new Hierarchies(VOCABULARY);

    @Test
    void citiesGeneralizeToCountryRegionAndStar() {
        for (QuasiIdentifier q : List.of(CITY, ORIGIN)) {
            assertEquals(3, h.maxLevel(q));
            assertEquals("tashkent", h.generalize(q, "tashkent", 0));
            assertEquals("Uzbekistan", h.generalize(q, "tashkent", 1));
            assertEquals("Central Asia", h.generalize(q, "tashkent", 2));
            assertEquals("*", h.generalize(q, "tashkent", 3));
            assertEquals(List.of("city", "country", "region", "*"),
                    List.of(h.levelName(q, 0), h.levelName(q, 1), h.levelName(q, 2), h.levelName(q, 3)));
        }
        assertEquals(h.generalize(CITY, "samarkand", 1), h.generalize(CITY, "tashkent", 1));
        assertEquals(h.generalize(CITY, "almaty", 2), h.generalize(CITY, "tashkent", 2));
        assertEquals("Russia", h.generalize(ORIGIN, "moscow", 2));
    }

    @Test
    void missingStepsKeepTheLowerValueAndUnknownKeysStayThemselvesUntilTheTop() {
        assertEquals("atlantis", h.generalize(CITY, "atlantis", 1));
        assertEquals("atlantis", h.generalize(CITY, "atlantis", 2));
        assertEquals("*", h.generalize(CITY, "atlantis", 3));
        assertEquals("novi-sad", h.generalize(CITY, "novi-sad", 1));
        assertEquals("novi-sad", h.generalize(CITY, "novi-sad", 2));
        assertEquals("Montenegro", h.generalize(CITY, "budva", 2));
        assertEquals("juggler", h.generalize(PROFESSION, "juggler", 1));
        assertEquals("*", h.generalize(PROFESSION, "juggler", 2));
        assertEquals("17-21", h.generalize(AGE, "17-21", 1));
        assertEquals("*", h.generalize(AGE, "17-21", 2));
    }

    @Test
    void namesAndAliasesResolveLikeKeys() {
        assertEquals("Uzbekistan", h.generalize(CITY, "Ташкент", 1));
        assertEquals("IT", h.generalize(PROFESSION, "Software Developer", 1));
    }

    @Test
    void unknownIsItsOwnValueAtLevelZeroAndStarAbove() {
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            assertEquals("", h.generalize(q, "", 0), q.key());
            assertEquals("", h.generalize(q, null, 0), q.key());
            for (int level = 1; level <= h.maxLevel(q); level++) {
                assertEquals("*", h.generalize(q, "", level), q.key() + " " + level);
            }
        }
    }

    @Test
    void professionsAgesGendersAndWaves() {
        assertEquals(2, h.maxLevel(PROFESSION));
        assertEquals("IT", h.generalize(PROFESSION, "designer", 1));
        assertEquals("culture", h.generalize(PROFESSION, "actor", 1));
        assertEquals("sector", h.levelName(PROFESSION, 1));
        assertEquals(2, h.maxLevel(AGE));
        assertEquals("30-49", h.generalize(AGE, "30-39", 1));
        assertEquals("30-49", h.generalize(AGE, "40-49", 1));
        assertEquals("under-30", h.generalize(AGE, "18-29", 1));
        assertEquals("50+", h.generalize(AGE, "60+", 1));
        assertEquals("*", h.generalize(AGE, "60+", 2));
        for (QuasiIdentifier q : List.of(GENDER, WAVE)) {
            assertEquals(1, h.maxLevel(q));
            assertEquals("*", h.levelName(q, 1));
        }
        assertEquals("woman", h.generalize(GENDER, "woman", 0));
        assertEquals("*", h.generalize(GENDER, "woman", 1));
        assertEquals("mobilization-2022", h.generalize(WAVE, "mobilization-2022", 0));
        assertEquals("*", h.generalize(WAVE, "mobilization-2022", 1));
    }

    @Test
    void topIsAlwaysStarAndLevelsAreChecked() {
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            for (String v : List.of("tashkent", "designer", "30-39", "man", "other", "x")) {
                assertEquals("*", h.generalize(q, v, h.maxLevel(q)));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> h.generalize(q, "x", h.maxLevel(q) + 1));
            assertTrue(e.getMessage().contains(q.key()), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> h.levelName(q, -1));
        }
    }

    @Test
    void describeNamesTheChosenLevels() {
        assertEquals(Map.of("city", "country", "age", "wider age band", "wave", "wave"),
                h.describe(Map.of(CITY, 1, AGE, 1, WAVE, 0)));
    }

    @Test
    void quasiIdentifierKeysRoundTripAndWrongKeysAreNamed() {
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            assertEquals(q, QuasiIdentifier.fromKey(q.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuasiIdentifier.fromKey("town"));
        assertTrue(e.getMessage().contains("'town'") && e.getMessage().contains("city, origin"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuasiIdentifier.fromKey(null));
    }
}
