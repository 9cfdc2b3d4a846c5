package app.caravan.ui.editor;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.Gender;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The editor's fields as plain values, taken on the FX thread so the save can run elsewhere
 * without touching controls. Cities and profession are what the user typed (names, any script);
 * {@link InterviewAssembler} turns them into vocabulary keys.
 */
public record InterviewDraft(
        String pseudonym,
        OffsetDateTime interviewedAt,
        String interviewer,
        String language,
        String place,
        String currentCity,
        String originCity,
        String profession,
        AgeBand ageBand,
        Gender gender,
        LocalDate departureDate,
        Wave wave,
        List<String> themes,
        Consent consent,
        String transcript,
        List<Segment> segments,
        List<Note> notes,
        Status status) {

    public InterviewDraft {
        themes = List.copyOf(themes);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** Redacted like {@link app.caravan.domain.Interview}: drafts hold transcripts. */
    @Override
    public String toString() {
        return "InterviewDraft[redacted]";
    }
}
