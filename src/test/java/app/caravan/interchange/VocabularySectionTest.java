package app.caravan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional top-level {@code vocabulary} section: new entries are taken, known keys left to the vault. */
class VocabularySectionTest {
    private static final String INTERVIEW = """
            {
              "pseudonym": "Timur",
              "interviewedAt": "2022-10-17T15:30:00+05:00",
              "place": "Нови Сад",
              "currentCity": "Tash",
              "profession": "furniture maker",
              "themes": ["Helping compatriots", "remote-work"],
              "consent": { "participation": true }
            }""";

    private static String document(String vocabulary) {
        return """
                { "format": "caravan-interviews", "version": 1, "vocabulary": %s, "interviews": [ %s ] }"""
                .formatted(vocabulary, INTERVIEW);
    }

    private static InterchangeDocument read(String json) throws InterchangeException {
        return new InterchangeReader(TestVocabulary.VAULT)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rejected(String vocabulary) {
        return assertThrows(InterchangeException.class, () -> read(document(vocabulary))).getMessage();
    }

    @Test
    void newEntriesAreTakenAndValuesResolveAgainstThem() throws Exception {
        InterchangeDocument document = read(document("""
                {
                  "cities": [
                    { "key": "novi-sad", "name": "Novi Sad", "country": "Serbia", "region": "Europe",
                      "aliases": ["Нови Сад", "Újvidék"] },
                    { "key": "tashkent", "name": "Tash", "country": "?", "region": "?", "aliases": [] }
                  ],
                  "professions": [ { "key": "furniture-maker", "name": "furniture maker", "sector": "manufacturing" } ],
                  "themes": [
                    { "key": "civic-activism", "name": "Activism", "color": "#000000", "description": "" },
                    { "key": "helping-compatriots", "name": "Helping compatriots", "parent": "civic-activism",
                      "color": "#aec7e8", "description": "Chats, housing, rides" },
                    { "key": "first-days", "name": "First days", "parent": "helping-compatriots" }
                  ]
                }"""));

        City noviSad = new City("novi-sad", "Novi Sad", "Serbia", "Europe", List.of("Нови Сад", "Újvidék"));
        // The vault keeps its own Tashkent, but the file's name for that key still means it.
        assertEquals(List.of(noviSad), document.newCities());
        assertEquals(List.of(new Profession("furniture-maker", "furniture maker", "manufacturing")),
                document.newProfessions());
        assertEquals(List.of(
                new Theme("helping-compatriots", "Helping compatriots", "civic-activism", "#aec7e8",
                        "Chats, housing, rides"),
                new Theme("first-days", "First days", "helping-compatriots", Theme.DEFAULT_COLOR, "")),
                document.newThemes());
        var interview = document.interviews().get(0).interview();
        assertEquals("novi-sad", interview.place());
        assertEquals("tashkent", interview.currentCity());
        assertEquals("furniture-maker", interview.profession());
        assertEquals(List.of("helping-compatriots", "remote-work"), interview.themes());
    }

    @Test
    void theFilesMeaningOfANameComesBeforeTheVaults() throws Exception {
        // Exported where "Rostov" was Rostov Veliky; here the vault knows "Rostov" as an alias of Rostov-on-Don.
        City rostovOnDon = new City("rostov-on-don", "Rostov-on-Don", "Russia", "Russia", List.of("Rostov"));
        City rostovVeliky = new City("rostov-veliky", "Rostov Veliky", "Russia", "Russia", List.of());
        String json = """
                { "format": "caravan-interviews", "version": 1,
                  "vocabulary": { "cities": [ { "key": "rostov-veliky", "name": "Rostov" } ] },
                  "interviews": [ { "pseudonym": "P", "interviewedAt": "2022-10-17T15:30:00Z",
                    "originCity": "Rostov", "currentCity": "ROSTOV-ON-DON",
                    "consent": { "participation": true } } ] }""";

        InterchangeDocument document = new InterchangeReader(new Vocabulary(List.of(rostovOnDon, rostovVeliky),
                List.of(), List.of())).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals("rostov-veliky", document.interviews().get(0).interview().originCity());
        assertEquals("rostov-on-don", document.interviews().get(0).interview().currentCity());
        assertEquals(List.of(), document.newCities());
    }

    @Test
    void themeParentMustBeKnownAlready() {
        assertEquals("vocabulary.themes[0].parent: 'helping-compatriots' is neither a theme of this vault "
                + "nor an earlier theme in this file", rejected("""
                { "themes": [
                    { "key": "first-days", "name": "First days", "parent": "helping-compatriots" },
                    { "key": "helping-compatriots", "name": "Helping compatriots" } ] }"""));
    }

    @Test
    void themeColorMustBeHex() {
        assertEquals("vocabulary.themes[0].color: 'red' is not a color like #1a2b3c", rejected("""
                { "themes": [ { "key": "x", "name": "X", "color": "red" } ] }"""));
    }

    @Test
    void keysAreUniqueWithinAList() {
        assertEquals("vocabulary.cities[1].key: duplicate of vocabulary.cities[0].key", rejected("""
                { "cities": [ { "key": "novi-sad", "name": "Novi Sad" },
                              { "key": "novi-sad", "name": "Нови Сад" } ] }"""));
    }

    @Test
    void entriesNeedKeyAndName() {
        assertEquals("vocabulary.professions[0].key: required", rejected("""
                { "professions": [ { "name": "furniture maker" } ] }"""));
        assertEquals("vocabulary.cities[0].name: must not be blank", rejected("""
                { "cities": [ { "key": "x", "name": " " } ] }"""));
    }

    @Test
    void unknownFieldsInTheSectionAreErrors() {
        assertEquals("vocabulary: unknown field 'regions'", rejected("""
                { "regions": [] }"""));
        assertEquals("vocabulary.cities[0]: unknown field 'alias'", rejected("""
                { "cities": [ { "key": "x", "name": "X", "alias": ["Y"] } ] }"""));
    }
}
