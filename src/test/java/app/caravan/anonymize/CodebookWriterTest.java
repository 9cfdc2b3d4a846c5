package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Theme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodebookWriterTest {
    @Test
    void jsonListsEveryThemeWithParentColorDescriptionAndCount() throws Exception {
        Dataset sample = Datasets.sample();
        JsonNode root = new ObjectMapper().readTree(Written.bytes(CodebookWriter.json(sample)));
        assertEquals("caravan-codebook", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        JsonNode themes = root.get("themes");
        assertEquals(sample.themes().size(), themes.size());
        for (int i = 0; i < themes.size(); i++) {
            Theme t = sample.themes().get(i);
            JsonNode n = themes.get(i);
            assertEquals(t.key(), n.get("key").asText());
            assertEquals(t.name(), n.get("name").asText());
            assertEquals(t.parentKey(), n.get("parent").isNull() ? null : n.get("parent").asText());
            assertEquals(t.color(), n.get("color").asText());
            assertEquals(t.description(), n.get("description").asText());
            assertEquals(sample.themeCounts().getOrDefault(t.key(), 0), n.get("count").asInt());
        }
        assertEquals(3, themes.get(3).get("count").asInt(), "money-sanctions: 3 spans");
        assertEquals(0, themes.get(5).get("count").asInt(), "unused theme counted 0");
        assertEquals("Деньги, банки и санкции", themes.get(3).get("name").asText());
    }

    @Test
    void markdownIsATreeWithCountsAndDefinitions() throws Exception {
        String md = Written.text(CodebookWriter.markdown(Datasets.sample()));
        assertTrue(md.startsWith("# Codebook: Emigration 2022: Central Asia & Caucasus\n"), md);
        assertTrue(md.contains("\n- **Remote work and \"internet jobs\"** `remote-work` · `#1f77b4` · 2 spans\n"
                + "  Working for employers abroad or in Russia over the internet.\n"
                + "  - **IT relocation \\| company-led** `it-relocation` · `#aec7e8` · 1 span\n"
                + "    Employer moved the team. Includes \\*relocation packages\\*.\n"), md);
        assertTrue(md.contains("- **Деньги, банки и санкции** `money-sanctions` · `#2ca02c` · 3 spans\n"), md);
        assertTrue(md.contains("  \\# not a heading\n"), "a definition cannot become a heading: " + md);
        assertTrue(md.contains("  1\\. not a list\n"), md);
        assertTrue(md.contains("6 themes, 11 codings"), md);
    }

    @Test
    void orphansAndCyclesAreStillListedOnce() throws Exception {
        List<Theme> themes = List.of(new Theme("a", "A", "b", null, ""), new Theme("b", "B", "a", null, ""),
                new Theme("c", "C", "gone", null, ""), new Theme("d", "D", "c", null, ""));
        Dataset d = new Dataset("odd", List.of(), List.of(), themes, Map.of("d", 2), Datasets.card(0));
        String md = Written.text(CodebookWriter.markdown(d));
        for (String name : List.of("**A**", "**B**", "**C**", "**D**")) {
            assertEquals(md.indexOf(name), md.lastIndexOf(name), name + " once: " + md);
            assertTrue(md.contains(name), name);
        }
        assertTrue(md.contains("- **C** `c` · `#808080` · 0 spans\n  - **D** `d` · `#808080` · 2 spans\n"), md);
        assertFalse(md.contains("null"), md);
    }
}
