package app.caravan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import app.caravan.domain.Profession;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.Wave;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterchangeReaderTest {
    private static final Instant NOW = Instant.parse("2024-03-01T09:00:00Z");
    private static final String TRANSCRIPT =
            "Я работаю удалённо, remote work for a Berlin startup. Мама осталась в Екатеринбурге.";
    private static final int MOTHER = TRANSCRIPT.indexOf("Мама");

    private static final String RICH = """
            {
              "format": "caravan-interviews",
              "version": 1,
              "interviews": [
                {
                  "id": "3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40",
                  "pseudonym": "  Тимур ",
                  "interviewedAt": "2022-10-17T15:30:00+05:00",
                  "interviewer": "field-team-1",
                  "language": "ru",
                  "place": "Самарканд",
                  "currentCity": "Novi Sad",
                  "originCity": "Екатеринбург",
                  "profession": "Software Developer",
                  "ageBand": "30-39",
                  "gender": "man",
                  "departure": { "date": "2022-09-24", "wave": "mobilization-2022" },
                  "themes": ["Remote work", "family-left-behind", "Host society", "remote-work"],
                  "consent": {
                    "participation": true, "audioRecording": false, "verbatimQuotes": true,
                    "publishUnderPseudonym": true, "shareAnonymizedForResearch": true, "recontact": false,
                    "method": "verbal", "recordedAt": "2022-10-17T15:25:00+05:00", "withdrawnAt": null
                  },
                  "identity": { "realName": "Тимур Алиев", "contact": "@timur_a", "mentionedPeople": ["Аня", "Oleg"] },
                  "transcript": "%s",
                  "segments": [
                    { "start": 0, "end": 52, "themes": ["remote-work"], "memo": "работа" },
                    { "start": %d, "end": %d, "themes": ["Family left behind", "host society"] }
                  ],
                  "notes": [ { "offset": "00:12:30", "text": "пьём чай" }, { "offset": "1:02:03" } ],
                  "status": "in-review",
                  "createdAt": "2022-10-17T10:40:00Z",
                  "updatedAt": "2022-10-18T13:00:00.123456789+05:00",
                  "revision": 4
                },
                {
                  "pseudonym": "Lena",
                  "interviewedAt": "2022-03-02T19:00:00+04:00",
                  "place": "novi sad",
                  "currentCity": "Toshkent",
                  "profession": "furniture maker",
                  "interviewer": null,
                  "themes": ["HOST SOCIETY"],
                  "consent": { "participation": false }
                }
              ]
            }
            """.formatted(TRANSCRIPT, MOTHER, TRANSCRIPT.length());

    private static InterchangeDocument read(Vocabulary vocabulary, String json) throws InterchangeException {
        return new InterchangeReader(vocabulary, Clock.fixed(NOW, ZoneOffset.UTC))
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void richDocumentParsesToDomainRecordsWithVocabularyKeys() throws Exception {
        InterchangeDocument document = read(TestVocabulary.VAULT, RICH);

        Interview timur = Interview.builder(UUID.fromString("3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40"), "Тимур",
                        OffsetDateTime.of(2022, 10, 17, 15, 30, 0, 0, ZoneOffset.ofHours(5)))
                .interviewer("field-team-1")
                .language("ru")
                .place("samarkand")
                .currentCity("novi-sad")
                .originCity("yekaterinburg")
                .profession("software-developer")
                .ageBand(AgeBand.FROM_30_TO_39)
                .gender(Gender.MAN)
                .departure(new Departure(LocalDate.of(2022, 9, 24), Wave.MOBILIZATION_2022))
                .themes(List.of("remote-work", "family-left-behind", "host-society"))
                .consent(new Consent(true, false, true, true, true, false, ConsentMethod.VERBAL,
                        OffsetDateTime.of(2022, 10, 17, 15, 25, 0, 0, ZoneOffset.ofHours(5)), null))
                .transcript(TRANSCRIPT)
                .segments(List.of(new Segment(0, 52, List.of("remote-work"), "работа"),
                        new Segment(MOTHER, TRANSCRIPT.length(), List.of("family-left-behind", "host-society"), "")))
                .notes(List.of(new Note(Duration.ofMinutes(12).plusSeconds(30), "пьём чай"),
                        new Note(Duration.ofSeconds(3723), "")))
                .status(Status.IN_REVIEW)
                .createdAt(Instant.parse("2022-10-17T10:40:00Z"))
                .updatedAt(Instant.parse("2022-10-18T08:00:00.123456789Z"))
                .revision(4)
                .build();
        Identity timurIdentity = new Identity("Тимур Алиев", "@timur_a", List.of("Аня", "Oleg"));
        assertEquals(new IdentifiedInterview(timur, timurIdentity), document.interviews().get(0));

        IdentifiedInterview lena = document.interviews().get(1);
        assertNotNull(lena.interview().id());
        Interview expectedLena = Interview.builder(lena.interview().id(), "Lena",
                        OffsetDateTime.of(2022, 3, 2, 19, 0, 0, 0, ZoneOffset.ofHours(4)))
                .place("novi-sad")
                .currentCity("tashkent")
                .profession("furniture-maker")
                .themes(List.of("host-society"))
                .consent(Consent.NONE)
                .createdAt(NOW)
                .updatedAt(NOW)
                .build();
        assertEquals(new IdentifiedInterview(expectedLena, Identity.EMPTY), lena);
    }

    @Test
    void unknownNamesBecomeNewEntriesOnceEach() throws Exception {
        InterchangeDocument document = read(TestVocabulary.VAULT, RICH);

        assertEquals(List.of(new City("novi-sad", "Novi Sad", "", "", List.of())), document.newCities());
        assertEquals(List.of(new Profession("furniture-maker", "furniture maker", "")), document.newProfessions());
        assertEquals(List.of(new Theme("host-society", "Host society", null, Theme.DEFAULT_COLOR, "")),
                document.newThemes());
    }

    @Test
    void newKeysDoNotCollideWithExistingOnes() throws Exception {
        // "Remote-Work!" is not a spelling of the existing theme, but its derived key would be.
        String json = InterchangeReaderErrorsTest.base("[\"remote-work\"]", "[\"Remote-Work!\", \"REMOTE-WORK!\"]");
        InterchangeDocument document = read(TestVocabulary.VAULT, json);

        assertEquals(List.of(new Theme("remote-work-2", "Remote-Work!", null, Theme.DEFAULT_COLOR, "")),
                document.newThemes());
        assertEquals(List.of("remote-work-2"), document.interviews().get(0).interview().segments().get(0).themes());
    }

    @Test
    void absentIdsAreGeneratedAndDistinct() throws Exception {
        String one = """
                { "pseudonym": "A", "interviewedAt": "2022-10-17T15:30:00Z", "consent": { "participation": true } }""";
        String json = """
                { "format": "caravan-interviews", "version": 1, "interviews": [ %s, %s ] }""".formatted(one, one);
        InterchangeDocument document = read(Vocabulary.EMPTY, json);

        assertNotEquals(document.interviews().get(0).interview().id(), document.interviews().get(1).interview().id());
        assertEquals(Status.DRAFT, document.interviews().get(0).interview().status());
        assertEquals(0, document.interviews().get(0).interview().revision());
    }

    @Test
    void anEmptyInterviewListIsAValidFile() throws Exception {
        InterchangeDocument document = read(TestVocabulary.VAULT, """
                { "format": "caravan-interviews", "version": 1, "interviews": [] }""");

        assertEquals(List.of(), document.interviews());
        assertEquals(false, document.addsVocabulary());
    }

    @Test
    void aByteOrderMarkIsTolerated() throws Exception {
        byte[] body = InterchangeReaderErrorsTest.base().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        InterchangeDocument document = new InterchangeReader(TestVocabulary.VAULT)
                .read(new ByteArrayInputStream(withBom));

        assertEquals("Timur", document.interviews().get(0).interview().pseudonym());
    }
}
