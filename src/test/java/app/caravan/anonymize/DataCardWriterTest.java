package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DataCardWriterTest {
    @Test
    void describesEverythingThatWasDone() throws Exception {
        String md = Written.text(DataCardWriter.datacard(Datasets.sample()));
        assertTrue(md.startsWith("# Data card: Emigration 2022: Central Asia & Caucasus\n"), md);
        List<String> expected = List.of(
                "- Participants: 3\n",
                "- With text: 2\n",
                "- Without text (no verbatim-quote consent; variables and coded themes only): 1\n",
                "- Coded segments: 8\n",
                "- Interviews excluded: 5\n",
                "## Consent rules\n\nIncluded: interviews with participation consent",
                "| no research-sharing consent | 4 |\n| consent withdrawn | 1 |\n",
                "- Quasi-identifiers: `current_city`, `origin_city`, `profession`\n",
                "- k (k-anonymity): 3\n",
                "- Records suppressed: 1\n",
                "- Places in the text generalized to: country\n",
                "- ℓ-diversity of themes: at least 2 distinct themes in every class\n",
                "| `current_city` | country |\n| `origin_city` | region |\n| `profession` | sector |\n",
                "| Other variable | Level |\n| --- | --- |\n| `age_band` | 10 years |\n",
                "| Class size | Classes | Participants |\n| --- | --- | --- |\n| 3 | 1 | 3 |\n",
                "highest 33.3 %, average 33.3 %",
                "| CITY | 2 |\n| PERSON | 3 |\n| PHONE | 1 |\n",
                "random per export",
                "- `interviews.csv` (one row per participant) and `segments.csv` (one row per coded segment)\n"
                        + "- `interviews.jsonl`: one JSON object per participant, with text and segments\n"
                        + "- `codebook.json` and `codebook.md`: themes, hierarchy, colors, definitions, counts\n"
                        + "- `DATACARD.md`: this card\n",
                "- Tool: Caravan 1\\.0\\.0-test\n".replace("\\.", "."),
                "- Created: 2026-11-21T12:34:56Z\n");
        for (String part : expected) {
            assertTrue(md.contains(part), "missing «" + part + "» in:\n" + md);
        }
    }

    @Test
    void classSizeTableAndOptionalParts() throws Exception {
        DataCard card = new DataCard("Caravan dev", Instant.parse("2026-01-02T03:04:05Z"), 17, Map.of(), 0,
                "rules | with a pipe", List.of(), 5, Map.of(), 0, new TreeMap<>(Map.of(5, 2, 7, 1)), 0.2, 1.0 / 6.0,
                null, Map.of(), "region", "stable", List.of("qdpx", "parquet*"));
        Dataset d = new Dataset("t", List.of(), List.of(), List.of(), Map.of(), card);
        String md = Written.text(DataCardWriter.datacard(d));
        assertTrue(md.contains("| 5 | 2 | 10 |\n| 7 | 1 | 7 |\n"), md);
        assertTrue(md.contains("highest 20.0 %, average 16.7 %"), md);
        assertTrue(md.contains("No interview was excluded."), md);
        assertTrue(md.contains("- `project.qdpx`: REFI-QDA 1.0"), md);
        assertTrue(md.contains("- parquet\\*\n"), "an unknown format is listed as given: " + md);
        assertTrue(md.contains("ℓ-diversity of themes: not required"), md);
        assertTrue(md.contains("No text was replaced."), md);
        assertTrue(md.contains("- Quasi-identifiers: none\n"), md);
        assertTrue(md.contains("rules \\| with a pipe"), md);
        assertEquals(-1, md.indexOf("null"), md);
    }

    @Test
    void percentIsTheSameInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru-RU"));
            assertEquals("12.5 %", DataCardWriter.percent(0.125));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
