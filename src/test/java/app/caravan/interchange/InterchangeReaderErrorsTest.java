package app.caravan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is rejected with one line that names the path and the reason. */
class InterchangeReaderErrorsTest {
    private static final String BASE = """
            {
              "format": "caravan-interviews",
              "version": 1,
              "interviews": [
                {
                  "id": "3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40",
                  "pseudonym": "Timur",
                  "interviewedAt": "2022-10-17T15:30:00+05:00",
                  "language": "ru",
                  "ageBand": "30-39",
                  "departure": { "date": "2022-09-24", "wave": "mobilization-2022" },
                  "consent": { "participation": true, "audioRecording": false, "method": "verbal" },
                  "identity": { "realName": "Тимур", "mentionedPeople": ["Аня"] },
                  "transcript": "Мы уехали в сентябре.",
                  "segments": [ { "start": 0, "end": 10, "themes": ["remote-work"], "memo": "ok" } ],
                  "notes": [ { "offset": "00:12:30", "text": "чай" } ],
                  "status": "draft",
                  "revision": 3
                }
              ]
            }
            """;
    private static final String SECOND = """
                ,{
                  "id": "9b2d7e10-5c3a-4f8e-8d21-6a0b4c9e1f57",
                  "pseudonym": "Lena",
                  "interviewedAt": "2022-10-18T11:00:00+06:00",
                  "consent": { "participation": true }
                }
              ]
            """;

    /** The base document with each {@code from} (which must occur exactly once) replaced by its {@code to}. */
    static String base(String... fromTo) {
        String json = BASE;
        for (int i = 0; i < fromTo.length; i += 2) {
            String from = fromTo[i];
            int at = json.indexOf(from);
            assertTrue(at >= 0 && json.indexOf(from, at + 1) < 0, "must occur once in BASE: " + from);
            json = json.replace(from, fromTo[i + 1]);
        }
        return json;
    }

    /** Base with a second, valid interview appended. */
    static String twoInterviews(String... fromTo) {
        String json = base(fromTo);
        int close = json.lastIndexOf("]");
        return json.substring(0, json.lastIndexOf("}", close) + 1) + SECOND + "}\n";
    }

    static InterchangeException reject(String json) {
        InterchangeReader reader = new InterchangeReader(TestVocabulary.VAULT);
        return assertThrows(InterchangeException.class,
                () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theBaseDocumentIsValid() throws Exception {
        InterchangeReader reader = new InterchangeReader(TestVocabulary.VAULT);
        assertEquals(1, reader.read(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)))
                .interviews().size());
        assertEquals(2, reader.read(new ByteArrayInputStream(twoInterviews().getBytes(StandardCharsets.UTF_8)))
                .interviews().size());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // top level
                bad("root is an array", "[]", "", -1, "top level: must be an object, not an array"),
                bad("format missing", base("\"format\": \"caravan-interviews\",", ""), "format", -1,
                        "format: required; a Caravan interchange file says \"format\": \"caravan-interviews\""),
                bad("wrong format", base("\"caravan-interviews\"", "\"caravan-interview\""), "format", -1,
                        "format: 'caravan-interview' is not \"caravan-interviews\"; "
                                + "this is not a Caravan interchange file"),
                bad("wrong version", base("\"version\": 1", "\"version\": 2"), "version", -1,
                        "version: version 2 is not supported; this Caravan reads version 1"),
                bad("version as a string", base("\"version\": 1", "\"version\": \"1\""), "version", -1,
                        "version: must be a whole number, not a string"),
                bad("interviews missing", """
                        { "format": "caravan-interviews", "version": 1 }""", "interviews", -1,
                        "interviews: required"),
                bad("interviews not an array", """
                        { "format": "caravan-interviews", "version": 1, "interviews": {} }""", "interviews", -1,
                        "interviews: must be an array, not an object"),
                bad("interview not an object", """
                        { "format": "caravan-interviews", "version": 1, "interviews": ["Timur"] }""",
                        "interviews[0]", 0, "interviews[0]: must be an object, not a string"),
                bad("unknown top-level field", base("\"version\": 1,", "\"version\": 1, \"interview\": [],"), "", -1,
                        "top level: unknown field 'interview'"),
                // unknown fields below
                bad("unknown interview field", base("\"pseudonym\"", "\"pseudonyn\""), "interviews[0]", 0,
                        "interviews[0]: unknown field 'pseudonyn'"),
                bad("unknown consent field", base("\"audioRecording\"", "\"audio\""), "interviews[0].consent", 0,
                        "interviews[0].consent: unknown field 'audio'"),
                bad("unknown identity field", base("\"realName\"", "\"name\""), "interviews[0].identity", 0,
                        "interviews[0].identity: unknown field 'name'"),
                bad("unknown departure field", base("\"wave\"", "\"wav\""), "interviews[0].departure", 0,
                        "interviews[0].departure: unknown field 'wav'"),
                bad("unknown segment field", base("\"memo\"", "\"comment\""), "interviews[0].segments[0]", 0,
                        "interviews[0].segments[0]: unknown field 'comment'"),
                bad("unknown note field", base("\"text\"", "\"txt\""), "interviews[0].notes[0]", 0,
                        "interviews[0].notes[0]: unknown field 'txt'"),
                // pseudonym
                bad("pseudonym missing", twoInterviews("\"pseudonym\": \"Timur\",", ""), "interviews[0].pseudonym", 0,
                        "interviews[0].pseudonym: required"),
                bad("pseudonym null", base("\"Timur\"", "null"), "interviews[0].pseudonym", 0,
                        "interviews[0].pseudonym: required"),
                bad("pseudonym blank", base("\"Timur\"", "\"   \""), "interviews[0].pseudonym", 0,
                        "interviews[0].pseudonym: must not be blank"),
                bad("pseudonym too long", base("\"Timur\"", "\"" + "x".repeat(101) + "\""),
                        "interviews[0].pseudonym", 0,
                        "interviews[0].pseudonym: is 101 characters long; the limit is 100"),
                bad("pseudonym a number", base("\"Timur\"", "42"), "interviews[0].pseudonym", 0,
                        "interviews[0].pseudonym: must be a string, not a number"),
                // dates
                bad("interviewedAt missing", base("\"interviewedAt\": \"2022-10-17T15:30:00+05:00\",", ""),
                        "interviews[0].interviewedAt", 0, "interviews[0].interviewedAt: required"),
                bad("interviewedAt without offset", base("2022-10-17T15:30:00+05:00", "2022-10-17T15:30:00"),
                        "interviews[0].interviewedAt", 0, "interviews[0].interviewedAt: '2022-10-17T15:30:00' has no "
                                + "UTC offset; write it like 2022-10-17T15:30:00+05:00"),
                bad("interviewedAt not a date", base("2022-10-17T15:30:00+05:00", "2022-13-01"),
                        "interviews[0].interviewedAt", 0, "interviews[0].interviewedAt: '2022-13-01' is not an "
                                + "ISO-8601 date-time with offset, like 2022-10-17T15:30:00+05:00"),
                bad("departure date invalid", base("2022-09-24", "2022-09-31"), "interviews[0].departure.date", 0,
                        "interviews[0].departure.date: '2022-09-31' is not an ISO-8601 date, like 2022-09-24"),
                bad("createdAt invalid", base("\"revision\": 3", "\"revision\": 3, \"createdAt\": \"yesterday\""),
                        "interviews[0].createdAt", 0,
                        "interviews[0].createdAt: 'yesterday' is not an ISO-8601 instant, like 2022-10-17T10:30:00Z"),
                // consent
                bad("consent missing", base(
                        "\"consent\": { \"participation\": true, \"audioRecording\": false, \"method\": \"verbal\" },",
                        ""), "interviews[0].consent", 0, "interviews[0].consent: required"),
                bad("participation missing", base("\"participation\": true,", ""),
                        "interviews[0].consent.participation", 0, "interviews[0].consent.participation: required"),
                bad("consent flag not boolean", base("\"participation\": true", "\"participation\": \"yes\""),
                        "interviews[0].consent.participation", 0,
                        "interviews[0].consent.participation: must be true or false"),
                bad("optional consent flag as number", base("\"audioRecording\": false", "\"audioRecording\": 0"),
                        "interviews[0].consent.audioRecording", 0,
                        "interviews[0].consent.audioRecording: must be true or false"),
                // ids
                bad("id not a UUID", base("3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40", "1-2-3-4-5"), "interviews[0].id", 0,
                        "interviews[0].id: '1-2-3-4-5' is not a UUID, like 3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40"),
                bad("duplicate id", twoInterviews().replace("9b2d7e10-5c3a-4f8e-8d21-6a0b4c9e1f57",
                        "3F1C9A2E-0B7D-4C51-9E3A-2D8F6B1A7C40"), "interviews[1].id", 1,
                        "interviews[1].id: duplicate of interviews[0].id"),
                // segments
                bad("segment end beyond transcript", base("\"end\": 10", "\"end\": 120"),
                        "interviews[0].segments[0].end", 0,
                        "interviews[0].segments[0].end: 120 is beyond the transcript length 21"),
                bad("segment start equals end", base("\"start\": 0", "\"start\": 10"),
                        "interviews[0].segments[0].end", 0,
                        "interviews[0].segments[0].end: 10 must be greater than start 10"),
                bad("segment start negative", base("\"start\": 0", "\"start\": -3"),
                        "interviews[0].segments[0].start", 0,
                        "interviews[0].segments[0].start: must not be negative, found -3"),
                bad("segment start fractional", base("\"start\": 0", "\"start\": 1.5"),
                        "interviews[0].segments[0].start", 0,
                        "interviews[0].segments[0].start: must be a whole number, not 1.5"),
                bad("segment end missing", base("\"end\": 10,", ""), "interviews[0].segments[0].end", 0,
                        "interviews[0].segments[0].end: required"),
                bad("quotable not boolean", base("\"memo\": \"ok\"", "\"memo\": \"ok\", \"quotable\": \"yes\""),
                        "interviews[0].segments[0].quotable", 0,
                        "interviews[0].segments[0].quotable: must be true or false"),
                bad("quotable without verbatim consent", base("\"memo\": \"ok\"", "\"memo\": \"ok\", \"quotable\": true"),
                        "interviews[0].segments[0].quotable", 0, "interviews[0].segments[0].quotable:"
                                + " a segment can only be quotable when consent.verbatimQuotes is true"),
                bad("segment theme blank", base("[\"remote-work\"]", "[\"remote-work\", \" \"]"),
                        "interviews[0].segments[0].themes[1]", 0,
                        "interviews[0].segments[0].themes[1]: must not be blank"),
                // enums
                bad("status unknown", base("\"draft\"", "\"finished\""), "interviews[0].status", 0,
                        "interviews[0].status: 'finished' is not one of: draft, submitted, in-review, "
                                + "changes-requested, approved, archived"),
                bad("wave unknown", base("mobilization-2022", "autumn-2022"), "interviews[0].departure.wave", 0,
                        "interviews[0].departure.wave: 'autumn-2022' is not one of: "
                                + "spring-2022, mobilization-2022, other"),
                bad("age band unknown", base("30-39", "30-40"), "interviews[0].ageBand", 0,
                        "interviews[0].ageBand: '30-40' is not one of: under-18, 18-29, 30-39, 40-49, 50-59, 60+"),
                bad("consent method unknown", base("\"verbal\"", "\"oral\""), "interviews[0].consent.method", 0,
                        "interviews[0].consent.method: 'oral' is not one of: verbal, written, recorded"),
                // other fields
                bad("note offset", base("00:12:30", "12 minutes"), "interviews[0].notes[0].offset", 0,
                        "interviews[0].notes[0].offset: '12 minutes' is not a time offset like 00:12:30"),
                bad("language tag", base("\"ru\"", "\"Russian\""), "interviews[0].language", 0,
                        "interviews[0].language: 'Russian' is not a language tag, like ru, en or uz-Latn"),
                bad("negative revision", base("\"revision\": 3", "\"revision\": -1"), "interviews[0].revision", 0,
                        "interviews[0].revision: must not be negative, found -1"),
                bad("number where string expected", base("\"language\": \"ru\"", "\"interviewer\": 7"),
                        "interviews[0].interviewer", 0, "interviews[0].interviewer: must be a string, not a number"),
                bad("string where array expected", base("[\"Аня\"]", "\"Аня\""),
                        "interviews[0].identity.mentionedPeople", 0,
                        "interviews[0].identity.mentionedPeople: must be an array, not a string"),
                bad("array where object expected",
                        base("{ \"participation\": true, \"audioRecording\": false, \"method\": \"verbal\" }", "[]"),
                        "interviews[0].consent", 0, "interviews[0].consent: must be an object, not an array"),
                bad("number in a theme list", base("[\"remote-work\"]", "[1]"),
                        "interviews[0].segments[0].themes[0]", 0,
                        "interviews[0].segments[0].themes[0]: must be a string, not a number"),
                bad("duplicate JSON key",
                        base("\"status\": \"draft\",", "\"status\": \"draft\", \"status\": \"approved\","),
                        "interviews[0]", 0,
                        "interviews[0]: field 'status' appears more than once (line 17, column 34)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void rejectsWithPathAndReason(String kind, String json, String path, int index, String message) {
        InterchangeException e = reject(json);
        assertEquals(message, e.getMessage());
        assertEquals(path, e.path());
        assertEquals(index, e.index());
    }

    private static Arguments bad(String kind, String json, String path, int index, String message) {
        return Arguments.of(kind, json, path, index, message);
    }

    @Test
    void emptyInputSaysSo() {
        String expected = "the file is empty: expected a JSON object with \"format\": \"caravan-interviews\"";
        assertEquals(expected, reject("").getMessage());
        assertEquals(expected, reject(" \n\t ").getMessage());
        assertEquals(-1, reject("").index());
    }

    @Test
    void notJsonNamesLineAndColumn() {
        InterchangeException e = reject("caravan interviews");
        assertTrue(e.getMessage().startsWith("line 1, column 1: unrecognized token 'caravan'"), e.getMessage());
    }

    @Test
    void syntaxErrorNamesLineAndColumnOfTheProblem() {
        // A missing comma after the pseudonym: the parser trips over the next field name on line 8.
        InterchangeException e = reject(base("\"Timur\",", "\"Timur\""));
        assertTrue(e.getMessage().startsWith("line 8, column 7: unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries"), e.getMessage());
        assertEquals(0, e.index());
    }

    @Test
    void syntaxErrorColumnsCountCharactersNotBytes() {
        InterchangeException e = reject("{\"format\": \"Ташкент\" x}");
        assertTrue(e.getMessage().startsWith("line 1, column 22: "), e.getMessage());
    }

    @Test
    void truncatedFileIsASyntaxError() {
        InterchangeException e = reject(BASE.substring(0, BASE.indexOf("\"status\"")));
        assertTrue(e.getMessage().contains("unexpected end-of-input"), e.getMessage());
        assertTrue(e.getMessage().startsWith("line "), e.getMessage());
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        InterchangeException e = reject(BASE + "{}");
        assertEquals("line 22, column 1: unexpected content after the end of the JSON document", e.getMessage());
    }

    @Test
    void otherEncodingsAreRejectedWithTheirPosition() {
        byte[] latin1 = "{\n  \"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        InterchangeReader reader = new InterchangeReader(TestVocabulary.VAULT);
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> reader.read(new ByteArrayInputStream(latin1)));
        assertEquals("line 2, column 17: byte 0xE9 is not valid UTF-8; save the file as UTF-8", e.getMessage());
    }

    @Test
    void messagesStayOnOneLineAndDoNotCarryWholeTexts() {
        String longValue = "слово ".repeat(100) + "\nend";
        InterchangeException e = reject(base("\"draft\"", "\"" + longValue.replace("\n", "\\n") + "\""));
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(e.getMessage().contains("end"), e.getMessage());
        assertTrue(e.getMessage().startsWith("interviews[0].status: 'слово слово"), e.getMessage());
    }
}
