package app.caravan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.AgeBand;
import app.caravan.domain.City;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.Wave;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeRoundTripTest {
    private static final ZoneOffset TASHKENT_TIME = ZoneOffset.ofHours(5);
    private static final String TRANSCRIPT = "Мы уехали 🙂 в сентябре. Then Tbilisi 🇬🇪, потом Самарканд 🏜";

    static IdentifiedInterview full() {
        int flag = TRANSCRIPT.indexOf("🇬🇪");
        Interview interview = Interview.builder(UUID.fromString("3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40"), "Тимур",
                        OffsetDateTime.of(2022, 10, 17, 15, 30, 0, 0, TASHKENT_TIME))
                .interviewer("field-team-1")
                .language("ru")
                .place("samarkand")
                .currentCity("tashkent")
                .originCity("yekaterinburg")
                .profession("software-developer")
                .ageBand(AgeBand.FROM_30_TO_39)
                .gender(Gender.NON_BINARY)
                .departure(new Departure(LocalDate.of(2022, 9, 24), Wave.MOBILIZATION_2022))
                .themes(List.of("remote-work", "helping-refugees"))
                .consent(new Consent(true, true, false, true, false, true, ConsentMethod.RECORDED,
                        OffsetDateTime.of(2022, 10, 17, 15, 25, 0, 0, TASHKENT_TIME),
                        OffsetDateTime.of(2023, 1, 5, 9, 0, 30, 0, ZoneOffset.ofHoursMinutes(-3, -30))))
                .transcript(TRANSCRIPT)
                .segments(List.of(
                        new Segment(0, TRANSCRIPT.indexOf("🙂") + 2, List.of("family-left-behind"), "смайлик"),
                        new Segment(flag, flag + 4, List.of(), ""),
                        new Segment(TRANSCRIPT.length() - 2, TRANSCRIPT.length(), List.of("remote-work"), "end")))
                .notes(List.of(new Note(Duration.ofSeconds(750), "чай 🍵"), new Note(Duration.ofHours(101), "")))
                .status(Status.CHANGES_REQUESTED)
                .createdAt(Instant.parse("2022-10-17T10:40:00.123456789Z"))
                .updatedAt(Instant.parse("2023-01-05T12:30:30Z"))
                .revision(7)
                .build();
        return new IdentifiedInterview(interview, new Identity("Тимур Алиев", "+998 90 123 45 67",
                List.of("Аня", "Oleg")));
    }

    static IdentifiedInterview minimal() {
        Interview interview = Interview.builder(UUID.fromString("9b2d7e10-5c3a-4f8e-8d21-6a0b4c9e1f57"), "Lena",
                        OffsetDateTime.of(2022, 3, 2, 19, 0, 0, 0, ZoneOffset.UTC))
                .build();
        return new IdentifiedInterview(interview, Identity.EMPTY);
    }

    private static byte[] write(List<IdentifiedInterview> interviews, Vocabulary vocabulary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InterchangeWriter().write(out, interviews, vocabulary);
        return out.toByteArray();
    }

    private static InterchangeDocument read(byte[] json, Vocabulary vocabulary) throws InterchangeException {
        return new InterchangeReader(vocabulary).read(new ByteArrayInputStream(json));
    }

    @Test
    void writtenInterviewsReadBackEqual() throws Exception {
        List<IdentifiedInterview> originals = List.of(full(), minimal());

        InterchangeDocument document = read(write(originals, TestVocabulary.VAULT), TestVocabulary.VAULT);

        assertEquals(originals, document.interviews());
        assertEquals(false, document.addsVocabulary());
    }

    @Test
    void theVocabularySectionRebuildsTheVocabularyInAnEmptyVault() throws Exception {
        List<IdentifiedInterview> originals = List.of(full(), minimal());

        InterchangeDocument document = read(write(originals, TestVocabulary.VAULT), Vocabulary.EMPTY);

        assertEquals(originals, document.interviews());
        assertEquals(TestVocabulary.VAULT.cities(), document.newCities());
        assertEquals(TestVocabulary.VAULT.professions(), document.newProfessions());
        // Parents are written before their children, so the child theme moves after its parent.
        assertEquals(List.of(TestVocabulary.CIVIC, TestVocabulary.HELPING_REFUGEES, TestVocabulary.REMOTE_WORK,
                TestVocabulary.FAMILY), document.newThemes());
    }

    @Test
    void quotableMarksRoundTripAndAreWrittenOnlyWhereSet() throws Exception {
        Interview original = full().interview();
        Interview quoted = original.toBuilder()
                .consent(new Consent(true, false, true, false, false, false, null, null, null))
                .segments(List.of(original.segments().get(0).withQuotable(true), original.segments().get(1)))
                .build();
        byte[] json = write(List.of(new IdentifiedInterview(quoted, Identity.EMPTY)), TestVocabulary.VAULT);
        String text = new String(json, StandardCharsets.UTF_8);

        assertEquals(1, text.split("\"quotable\"", -1).length - 1, text);
        assertTrue(text.contains("\"quotable\": true"), text);
        assertEquals(List.of(new IdentifiedInterview(quoted, Identity.EMPTY)),
                read(json, TestVocabulary.VAULT).interviews());
        String explicitFalse = text.replace("\"memo\": \"\"", "\"memo\": \"\", \"quotable\": false");
        assertEquals(quoted, read(explicitFalse.getBytes(StandardCharsets.UTF_8), TestVocabulary.VAULT)
                .interviews().get(0).interview());
    }

    @Test
    void outputIsReadableUtf8WithOriginalOffsets() {
        String json = new String(write(List.of(full()), TestVocabulary.VAULT), StandardCharsets.UTF_8);

        assertTrue(json.startsWith("{\n  \"format\": \"caravan-interviews\",\n  \"version\": 1,\n"), json);
        assertTrue(json.contains("\"interviewedAt\": \"2022-10-17T15:30:00+05:00\""), json);
        assertTrue(json.contains("\"withdrawnAt\": \"2023-01-05T09:00:30-03:30\""), json);
        assertTrue(json.contains("\"place\": \"Samarkand\""), json);
        assertTrue(json.contains("\"themes\": [\n        \"remote-work\",\n        \"helping-refugees\"\n      ]"),
                json);
        assertTrue(json.contains("\"pseudonym\": \"Тимур\""), json);
        assertTrue(json.contains("Мы уехали 🙂 в сентябре."), json);
        assertTrue(json.contains("\"notes\""), json);
        assertTrue(json.contains("\"offset\": \"101:00:00\""), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void anUnpairedSurrogateSurvives() throws Exception {
        String cut = "обрезано \uD83D";
        IdentifiedInterview original = new IdentifiedInterview(minimal().interview().toBuilder()
                .transcript(cut).segments(List.of(new Segment(cut.length() - 1, cut.length(), List.of(), "")))
                .build(), Identity.EMPTY);

        byte[] json = write(List.of(original), TestVocabulary.VAULT);

        assertTrue(new String(json, StandardCharsets.UTF_8).contains("обрезано \\uD83D\""));
        assertEquals(List.of(original), read(json, TestVocabulary.VAULT).interviews());
    }

    @Test
    void ambiguousNamesAreWrittenAsKeys() throws Exception {
        City rostovOnDon = new City("rostov-on-don", "Rostov-on-Don", "Russia", "Russia", List.of("Rostov"));
        City rostovVeliky = new City("rostov-veliky", "Rostov", "Russia", "Russia", List.of("Ростов Великий"));
        Vocabulary vocabulary = new Vocabulary(List.of(rostovOnDon, rostovVeliky), List.of(), List.of());
        IdentifiedInterview original = new IdentifiedInterview(minimal().interview().toBuilder()
                .originCity("rostov-veliky").currentCity("rostov-on-don").build(), Identity.EMPTY);

        byte[] json = write(List.of(original), vocabulary);

        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"originCity\": \"rostov-veliky\""), text);
        assertTrue(text.contains("\"currentCity\": \"Rostov-on-Don\""), text);
        assertEquals(List.of(original), read(json, vocabulary).interviews());
    }

    @Test
    void keysMissingFromTheVocabularyStillReadBackUnchanged() throws Exception {
        IdentifiedInterview original = new IdentifiedInterview(minimal().interview().toBuilder()
                .place("novi-sad").themes(List.of("first-days")).build(), Identity.EMPTY);

        InterchangeDocument document = read(write(List.of(original), TestVocabulary.VAULT), TestVocabulary.VAULT);

        assertEquals(List.of(original), document.interviews());
        assertEquals("novi-sad", document.newCities().get(0).key());
        assertEquals("first-days", document.newThemes().get(0).key());
    }

    @Test
    void writerLeavesTheStreamOpenAndFileReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.json");
        boolean[] closed = {false};
        try (OutputStream fileOut = Files.newOutputStream(file)) {
            OutputStream guarded = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    fileOut.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    fileOut.write(b, off, len);
                }

                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            new InterchangeWriter().write(guarded, List.of(full()), TestVocabulary.VAULT);
        }

        assertEquals(false, closed[0]);
        assertEquals(List.of(full()), new InterchangeReader(TestVocabulary.VAULT).read(file).interviews());
    }
}
