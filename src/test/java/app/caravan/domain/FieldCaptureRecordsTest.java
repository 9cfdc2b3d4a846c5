package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldCaptureRecordsTest {
    @Test
    void segmentsAreNotQuotableUnlessMarked() {
        Segment plain = new Segment(0, 5, List.of("a"), "m");
        assertFalse(plain.quotable());
        assertTrue(plain.withQuotable(true).quotable());
        assertEquals(plain, plain.withQuotable(true).withQuotable(false));
    }

    @Test
    void attachmentKindFollowsTheMediaType() {
        assertEquals(Attachment.Kind.AUDIO, Attachment.Kind.of("audio/wav"));
        assertEquals(Attachment.Kind.AUDIO, Attachment.Kind.of("AUDIO/MPEG"));
        assertEquals(Attachment.Kind.PHOTO, Attachment.Kind.of("image/jpeg"));
        assertEquals(Attachment.Kind.DOCUMENT, Attachment.Kind.of("application/pdf"));
        assertEquals(Attachment.Kind.DOCUMENT, Attachment.Kind.of(null));
        assertThrows(IllegalArgumentException.class, () -> new Attachment(UUID.randomUUID(), UUID.randomUUID(), "a",
                "audio/wav", 1, "not-a-digest", Instant.EPOCH));
    }

    @Test
    void transcriptMarksPointIntoTheRecording() {
        String text = "[00:00:05] Привет. [1:02:03] Later. [12:61:00] not a mark, [00:12:30]";

        List<Timecode.Mark> marks = Timecode.marks(text);

        assertEquals(3, marks.size());
        assertEquals(new Timecode.Mark(0, 10, Duration.ofSeconds(5)), marks.get(0));
        assertEquals(Duration.ofHours(1).plusMinutes(2).plusSeconds(3), marks.get(1).offset());
        assertEquals("[00:12:30]", text.substring(marks.get(2).start(), marks.get(2).end()));
        assertEquals(List.of(), Timecode.marks(null));
    }

    @Test
    void aConsentChangeKnowsAWithdrawal() {
        Consent given = Consent.NONE.withParticipation(true);
        Consent withdrawn = given.withWithdrawnAt(OffsetDateTime.parse("2023-01-05T09:00:00+04:00"));
        UUID id = UUID.randomUUID();
        assertTrue(new ConsentChange(id, Instant.EPOCH, "me", given, withdrawn).isWithdrawal());
        assertFalse(new ConsentChange(id, Instant.EPOCH, "me", Consent.NONE, given).isWithdrawal());
        assertEquals("unknown", new ConsentChange(id, Instant.EPOCH, " ", Consent.NONE, given).changedBy());
    }
}
