package app.caravan.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What lists show of an interview: never the identity, never the transcript. */
public record InterviewSummary(
        UUID id,
        String pseudonym,
        OffsetDateTime interviewedAt,
        String interviewer,
        String place,
        String currentCity,
        String originCity,
        String profession,
        List<String> themes,
        Status status,
        Consent consent,
        Instant updatedAt,
        Departure departure) {

    public InterviewSummary {
        themes = List.copyOf(themes == null ? List.of() : themes);
        departure = departure == null ? Departure.UNKNOWN : departure;
    }

    public static InterviewSummary of(Interview i) {
        return new InterviewSummary(i.id(), i.pseudonym(), i.interviewedAt(), i.interviewer(), i.place(),
                i.currentCity(), i.originCity(), i.profession(), i.themes(), i.status(), i.consent(), i.updatedAt(), i.departure());
    }
}
