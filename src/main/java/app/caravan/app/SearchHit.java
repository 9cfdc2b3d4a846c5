package app.caravan.app;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One matching interview: who (pseudonym only) and where in it the query was found. */
public record SearchHit(UUID interviewId, String pseudonym, OffsetDateTime interviewedAt, int matchCount,
        List<SearchMatch> matches) {
    public SearchHit {
        matches = List.copyOf(matches);
    }
}
