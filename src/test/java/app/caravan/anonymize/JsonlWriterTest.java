package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(Dataset d) throws Exception {
        String text = Written.text(JsonlWriter.interviews(d));
        assertTrue(text.isEmpty() || text.endsWith("\n"), "the last line ends with LF");
        assertFalse(text.contains("\r\n"), "LF only: CR inside text is escaped");
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void oneObjectPerParticipantWithEveryColumnTextAndSegments() throws Exception {
        List<JsonNode> nodes = lines(Datasets.sample());
        assertEquals(3, nodes.size());

        JsonNode first = nodes.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "current_country", "origin_region", "sector", "age_band", "gender", "wave", "text",
                "segments"), fields);
        assertEquals("P-AB2CD3EF", first.get("id").asText());
        assertEquals("mobilization-2022", first.get("wave").asText());
        assertEquals(Datasets.TEXT_1, first.get("text").asText());
        JsonNode segment = first.get("segments").get(0);
        assertEquals(0, segment.get("start").asInt());
        assertEquals(Datasets.TEXT_1.indexOf('\n'), segment.get("end").asInt());
        assertEquals(List.of("remote-work", "it-relocation"), JSON.convertValue(segment.get("themes"), List.class));
        assertEquals("says \"internet job\", twice", segment.get("memo").asText());
        assertEquals(4, first.get("segments").size());
        assertEquals("", first.get("segments").get(3).get("memo").asText());
    }

    @Test
    void aParticipantWithoutTextHasNullTextAndNullOffsets() throws Exception {
        JsonNode textless = lines(Datasets.sample()).get(1);
        assertTrue(textless.get("text").isNull());
        assertEquals("*", textless.get("origin_region").asText());
        for (JsonNode s : textless.get("segments")) {
            assertTrue(s.get("start").isNull() && s.get("end").isNull());
            assertFalse(s.get("themes").isEmpty());
        }
    }

    @Test
    void controlCharactersAndQuotesRoundTrip() throws Exception {
        JsonNode english = lines(Datasets.sample()).get(2);
        assertEquals(Datasets.TEXT_3, english.get("text").asText());
        assertEquals("Central Russia, \"Moscow\" area", english.get("origin_region").asText());
        assertEquals("", english.get("gender").asText());
        assertEquals("line one,\r\nline two", english.get("segments").get(0).get("memo").asText());
    }

    @Test
    void reservedNamesAndEmptyDatasets() throws Exception {
        Dataset clash = new Dataset("clash", List.of("text"),
                List.of(new Dataset.Participant("P-AAAAAAAA", List.of("x"), null, List.of())), List.of(),
                java.util.Map.of(), Datasets.card(1));
        assertThrows(IllegalArgumentException.class, () -> JsonlWriter.interviews(clash));
        Dataset empty = new Dataset("empty", Datasets.COLUMNS, List.of(), List.of(), java.util.Map.of(), Datasets.card(0));
        assertEquals("", Written.text(JsonlWriter.interviews(empty)));
    }
}
