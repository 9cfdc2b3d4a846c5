package app.caravan.domain;

import java.time.Instant;
import java.util.UUID;

/** One step of the review workflow: who moved the interview from one status to another, and when. */
public record StatusChange(UUID interviewId, Status from, Status to, String changedBy, Instant changedAt) {
}
