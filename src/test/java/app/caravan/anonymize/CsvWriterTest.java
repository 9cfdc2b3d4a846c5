package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    private final Dataset sample = Datasets.sample();

    @Test
    void interviewsHaveTheColumnsThenTextThemesAndSegmentCount() throws Exception {
        DatasetFile file = CsvWriter.interviews(sample);
        assertEquals("interviews.csv", file.name());
        List<List<String>> rows = Rfc4180.parse(Written.bytes(file));

        assertEquals(List.of("participant_id", "current_country", "origin_region", "sector", "age_band", "gender",
                "wave", "has_text", "themes", "segment_count"), rows.get(0));
        assertEquals(4, rows.size());
        assertEquals(List.of("P-AB2CD3EF", "Uzbekistan", "Urals", "IT", "30-39", "man", "mobilization-2022", "true",
                "remote-work;it-relocation;family-left-behind;money-sanctions", "4"), rows.get(1));
        assertEquals(List.of("P-GH4JK5LM", "Kazakhstan", "*", "culture", "20-29", "woman", "spring-2022", "false",
                "family-left-behind;money-sanctions;border-crossing", "2"), rows.get(2));
        // Unknown theme keys come after the codebook's, the comma and quotes survive.
        assertEquals(List.of("P-NP6QR7ST", "Georgia", "Central Russia, \"Moscow\" area", "media", "40-49", "",
                "other", "true", "money-sanctions;border-crossing;undefined-key", "2"), rows.get(3));
    }

    @Test
    void segmentsCarryTheExactExportedText() throws Exception {
        List<List<String>> rows = Rfc4180.parse(Written.bytes(CsvWriter.segments(sample)));
        assertEquals(CsvWriter.SEGMENT_COLUMNS, rows.get(0));
        assertEquals(1 + 4 + 2 + 2, rows.size());

        List<String> first = rows.get(1);
        assertEquals(List.of("P-AB2CD3EF", "1", "0", Integer.toString(Datasets.TEXT_1.indexOf('\n')),
                "remote-work;it-relocation", "Я работаю удалённо — «интернет-работа», как говорят.",
                "says \"internet job\", twice"), first);
        List<String> cards = rows.get(3);
        assertEquals("Карты перестали работать, \"Мир\" тоже.", cards.get(5));
        assertEquals("", cards.get(6));
        assertEquals("4", rows.get(4).get(1));

        List<String> textless = rows.get(5);
        assertEquals(List.of("P-GH4JK5LM", "1", "", "", "border-crossing;family-left-behind", "", "no text: memo only"),
                textless);

        List<String> english = rows.get(8 - 1);
        assertEquals("We crossed at Verkhny Lars, \"five days\" in the queue.", english.get(5));
        assertEquals("line one,\r\nline two", english.get(6), "CRLF inside a field is kept byte for byte");
        List<String> last = rows.get(8);
        assertEquals(Datasets.TEXT_3.substring(Datasets.TEXT_3.indexOf("Then")), last.get(5));
        assertEquals("\"quoted\"", last.get(6));
        for (List<String> row : rows.subList(1, rows.size())) {
            Dataset.Participant p = sample.participants().stream().filter(x -> x.id().equals(row.get(0))).findFirst()
                    .orElseThrow();
            if (p.transcript() != null) {
                assertEquals(p.transcript().substring(Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3))),
                        row.get(5), "offsets point at the text");
            }
        }
    }

    @Test
    void bytesAreUtf8WithoutBomAndEveryLineEndsWithCrlf() throws Exception {
        byte[] bytes = Written.bytes(CsvWriter.segments(sample));
        assertTrue((bytes[0] & 0xff) != 0xef, "no BOM");
        assertEquals('\r', bytes[bytes.length - 2]);
        assertEquals('\n', bytes[bytes.length - 1]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("удалённо"), "Cyrillic as UTF-8");
        assertTrue(text.startsWith("participant_id,segment_no,start,end,themes,text,memo\r\n"));
        // The quoted memo with CRLF inside is the only place a line break occurs outside a record end.
        assertTrue(text.contains("\"line one,\r\nline two\""));
    }

    @Test
    void quotingFollowsRfc4180Exactly() throws Exception {
        assertEquals("plain", field("plain"));
        assertEquals("", field(""));
        assertEquals("", field(null));
        assertEquals("\"a,b\"", field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", field("say \"hi\""));
        assertEquals("\"a\rb\"", field("a\rb"));
        assertEquals("\"a\nb\"", field("a\nb"));
        assertEquals("semi;colon 'single' ёж", field("semi;colon 'single' ёж"));
        assertEquals(" spaced ", field(" spaced "), "spaces are data, kept as they are");
    }

    @Test
    void anEmptyDatasetHasOnlyHeaders() throws Exception {
        Dataset empty = new Dataset("empty", Datasets.COLUMNS, List.of(), Datasets.themes(), java.util.Map.of(),
                Datasets.card(0));
        assertEquals(1, Rfc4180.parse(Written.bytes(CsvWriter.interviews(empty))).size());
        assertEquals(1, Rfc4180.parse(Written.bytes(CsvWriter.segments(empty))).size());
    }

    @Test
    void withoutAParticipantIdColumnTheIdIsStillFirst() throws Exception {
        Dataset d = new Dataset("no id column", List.of("gender"),
                List.of(new Dataset.Participant("P-AAAAAAAA", List.of("woman"), null, List.of())), List.of(),
                java.util.Map.of(), Datasets.card(1));
        assertEquals(List.of(List.of("participant_id", "gender", "has_text", "themes", "segment_count"),
                List.of("P-AAAAAAAA", "woman", "false", "", "0")), Rfc4180.parse(Written.bytes(CsvWriter.interviews(d))));
    }

    @Test
    void aColumnNamedLikeAnAddedOneIsRefused() {
        Dataset d = new Dataset("clash", List.of("themes"),
                List.of(new Dataset.Participant("P-AAAAAAAA", List.of("x"), null, List.of())), List.of(),
                java.util.Map.of(), Datasets.card(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvWriter.interviews(d));
        assertTrue(e.getMessage().contains("'themes'"), e.getMessage());
    }

    @Test
    void aSpanBeyondTheTextIsReportedWithTheParticipant() {
        Dataset d = new Dataset("bad span", List.of(), List.of(new Dataset.Participant("P-AAAAAAAA", List.of(), "short",
                List.of(new Dataset.CodedSpan(2, 40, List.of("x"), "")))), List.of(), java.util.Map.of(), Datasets.card(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Written.bytes(CsvWriter.segments(d)));
        assertTrue(e.getMessage().contains("P-AAAAAAAA") && e.getMessage().contains("40"), e.getMessage());
    }

    @Test
    void theStrictReaderRejectsWhatRfc4180Forbids() {
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\"b\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b\r\nc\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> Rfc4180.parse(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', '\r', '\n'}));
        assertEquals(List.of(List.of("a,\"\r\n", "")), Rfc4180.parse("\"a,\"\"\r\n\",\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static String field(String value) throws Exception {
        StringWriter w = new StringWriter();
        CsvWriter.field(w, value);
        return w.toString();
    }
}
