package app.caravan.ui.review;

import app.caravan.domain.InterviewSummary;

/** One interview in the review queue, with the number of review comments still open on it. */
public record QueueEntry(InterviewSummary summary, int openComments) {
}
