package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictMergeTest {
    static final OffsetDateTime AT = OffsetDateTime.parse("2024-03-01T10:00:00Z");

    static Interview version(String pseudonym, boolean verbatim, String transcript, Segment... segments) {
        return Interview.builder(UUID.fromString("00000000-0000-0000-0000-000000000001"), pseudonym, AT)
                .consent(new Consent(true, false, verbatim, false, false, false, ConsentMethod.VERBAL, AT, null))
                .transcript(transcript).segments(List.of(segments)).createdAt(AT.toInstant())
                .updatedAt(AT.toInstant()).revision(3).build();
    }

    static Segment on(String text, String quote, String theme, String memo, boolean quotable) {
        int at = text.indexOf(quote);
        return new Segment(at, at + quote.length(), List.of(theme), memo, quotable);
    }

    @Test
    void segmentsOfBothSidesFollowTheirWordsIntoTheMerge() {
        String mine = "Мы уехали в марте.\nРаботаю удалённо.\n";
        String theirs = "Мы уехали в апреле с семьёй.\nРаботаю удалённо.\n";
        Interview desk = version("Desk name", true, mine, on(mine, "удалённо", "remote-work", "", true),
                on(mine, "в марте", "departure", "desk memo", false));
        Interview field = version("Field name", true, theirs, on(theirs, "удалённо", "work", "field memo", false),
                on(theirs, "с семьёй", "family", "", false));
        String merged = "Мы уехали в марте с семьёй.\nРаботаю удалённо.\n";
        Instant now = Instant.parse("2024-03-02T00:00:00Z");

        ConflictMerge.Resolution r = ConflictMerge.resolve(desk, field, merged, 9, now);

        assertEquals(0, r.dropped());
        assertEquals(List.of(on(merged, "в марте", "departure", "desk memo", false),
                on(merged, "с семьёй", "family", "", false),
                new Segment(merged.indexOf("удалённо"), merged.indexOf("удалённо") + 8, List.of("remote-work", "work"),
                        "field memo", true)), r.interview().segments(),
                "one segment on the same words: both themes, the field's memo as the desk's is empty, desk's mark");
        assertEquals("Desk name", r.interview().pseudonym(), "the desk's metadata is kept");
        assertEquals(9, r.interview().revision());
        assertEquals(now, r.interview().updatedAt());
        assertEquals(merged, r.interview().transcript());
    }

    @Test
    void wordsNoLongerThereDropTheSegmentAndOnlyTheDeskConsentAllowsQuotes() {
        String mine = "один\nдва\n";
        String theirs = "один\nтри\n";
        Interview desk = version("Desk", false, mine);
        Interview field = version("Field", true, theirs, on(theirs, "три", "t", "", false),
                on(theirs, "один", "o", "", true));
        ConflictMerge.Resolution r = ConflictMerge.resolve(desk, field, "один\nдва\n", 4, Instant.EPOCH);
        assertEquals(1, r.dropped());
        assertEquals(List.of(new Segment(0, 4, List.of("o"), "", false)), r.interview().segments(),
                "no quotable mark without the desk's verbatim consent");
    }
}
