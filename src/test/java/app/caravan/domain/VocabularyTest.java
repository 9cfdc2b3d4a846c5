package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static final City TASHKENT = new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia",
            List.of("Ташкент", "Toshkent"));
    static final City TBILISI = new City("tbilisi", "Tbilisi", "Georgia", "South Caucasus", List.of("Тбилиси"));
    static final Vocabulary VOCABULARY = new Vocabulary(List.of(TASHKENT, TBILISI),
            List.of(new Profession("software-developer", "software developer", "IT")),
            List.of(new Theme("remote-work", "Remote work", null, "#1f77b4", "")));

    @Test
    void typingInAnyScriptFindsTheCity() {
        for (String typed : List.of("Ташк", "Tosh", "tash", "TASHKENT", "ташкент")) {
            assertEquals(List.of(TASHKENT), VOCABULARY.citiesStartingWith(typed), typed);
        }
        assertEquals(List.of(TASHKENT, TBILISI), VOCABULARY.citiesStartingWith("t"));
        assertEquals(List.of(TASHKENT, TBILISI), VOCABULARY.citiesStartingWith(" "));
    }

    @Test
    void valuesResolveByKeyNameOrAliasInAnyCase() {
        assertEquals(TASHKENT, VOCABULARY.city("Toshkent").orElseThrow());
        assertEquals(TASHKENT, VOCABULARY.city("ТАШКЕНТ").orElseThrow());
        assertEquals(TASHKENT, VOCABULARY.city("tashkent").orElseThrow());
        assertTrue(VOCABULARY.city("Tashkent-2").isEmpty());
        assertEquals("software-developer", VOCABULARY.profession("Software Developer").orElseThrow().key());
        assertEquals("remote-work", VOCABULARY.theme("remote work").orElseThrow().key());
    }

    @Test
    void transliterationFoldsCommonVariants() {
        assertEquals(Transliteration.fold("Nikolai"), Transliteration.fold("Николай"));
        assertEquals(Transliteration.fold("Nikolay"), Transliteration.fold("Николай"));
        assertEquals(Transliteration.fold("Harkiv"), Transliteration.fold("Kharkiv"));
        assertEquals("ekaterinburg", Transliteration.romanize("Екатеринбург"));
        assertEquals("istanbul", Transliteration.romanize("İstanbul"));
        assertEquals("toshkent", Transliteration.romanize("Toshkent"));
    }

    @Test
    void keysAreReadableSlugs() {
        assertEquals("novi-sad", Vocabulary.keyFor("Novi Sad"));
        assertEquals("osh", Vocabulary.keyFor("Ош"));
        assertEquals("khudzhand", Vocabulary.keyFor("Худжанд"));
        assertEquals("entry", Vocabulary.keyFor("—"));
    }

    @Test
    void interviewsRejectSegmentsOutsideTheTranscriptAndEmptyPseudonyms() {
        OffsetDateTime at = OffsetDateTime.parse("2022-10-17T15:30:00+05:00");
        Interview.Builder b = Interview.builder(java.util.UUID.randomUUID(), "Timur", at).transcript("short");
        assertThrows(IllegalArgumentException.class,
                () -> b.segments(List.of(new Segment(0, 6, List.of(), ""))).build());
        assertThrows(IllegalArgumentException.class, () -> new Segment(3, 3, List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> Interview.builder(java.util.UUID.randomUUID(), "  ", at).build());
        assertEquals("Identity[redacted]", new Identity("Real Name", "x", List.of()).toString());
        assertTrue(Interview.newDraft("Timur", null, at).toString().indexOf("Timur") < 0);
    }

    @Test
    void theIndexAnswersAsTheVocabularyDoes() {
        // Entries that share names across kinds and with each other: the first in list order wins.
        City almaty = new City("almaty", "Almaty", "Kazakhstan", "Central Asia", List.of("Алматы", "Alma-Ata", "Toshkent"));
        City second = new City("tashkent-2", "Tashkent", "Uzbekistan", "", List.of("Ташкент-2"));
        Vocabulary vocabulary = new Vocabulary(List.of(TASHKENT, TBILISI, almaty, second),
                List.of(new Profession("software-developer", "software developer", "IT"),
                        new Profession("developer", "Software developer", "IT"),
                        new Profession("tashkent", "Tbilisi", "")),
                List.of(new Theme("remote-work", "Remote work", null, "#1f77b4", ""),
                        new Theme("work", "remote-work", null, "#1f77b4", "")));
        VocabularyIndex index = vocabulary.index();
        List<String> asked = new java.util.ArrayList<>(List.of("", " ", "nowhere", " Ташкент ", "ТАШКЕНТ", "toshkent",
                "Алма-Ата", "alma ata", "Ташкент-2", "tashkent-2", "TBILISI", "Тбилиси", "Software Developer",
                "developer", "remote work", "REMOTE-WORK", "work", "Работа"));
        for (City c : vocabulary.cities()) {
            asked.addAll(Vocabulary.names(c));
        }
        asked.add(null);
        for (String a : asked) {
            assertEquals(vocabulary.city(a), index.city(a), "city " + a);
            assertEquals(vocabulary.profession(a), index.profession(a), "profession " + a);
            assertEquals(vocabulary.theme(a), index.theme(a), "theme " + a);
        }
        assertEquals(TASHKENT, index.city("Toshkent").orElseThrow());
        assertEquals(java.util.Set.of("tashkent", "tbilisi", "almaty", "tashkent-2"), index.cityKeys());
        assertEquals(java.util.Set.of("remote-work", "work"), index.themeKeys());
    }
}
