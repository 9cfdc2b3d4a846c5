package app.caravan.app;

import app.caravan.domain.Problem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What one delivery run did, per bundle and target, in the order it was tried. */
public record SyncReport(List<Line> lines, boolean noTargets, int queued) {
    public enum Outcome {
        /** Uploaded, verified and given its final name. */
        DELIVERED,
        /** The final name already held the same bytes (a run before was interrupted after the move). */
        ALREADY_THERE,
        /** Failed; retried later, see the error. */
        FAILED,
        /** An earlier failure's backoff has not run out; see {@link Line#nextAttemptAt()}. */
        WAITING,
        /** Not tried because an earlier bundle is still undelivered to this target (order matters at the desk). */
        BLOCKED,
        /** The user cancelled the run. */
        CANCELLED
    }

    /**
     * {@code error} is the English one-line reason (also what the outbox stores); {@code problem}
     * the same reason in a form the UI shows in its own language, or null when there is none
     * (no error, or a reason read back from the outbox as text).
     */
    public record Line(UUID bundleId, long sequence, String target, Outcome outcome, String error,
            Instant nextAttemptAt, Problem problem) {
        public Line(UUID bundleId, long sequence, String target, Outcome outcome, String error, Instant nextAttemptAt) {
            this(bundleId, sequence, target, outcome, error, nextAttemptAt, null);
        }
    }

    public SyncReport {
        lines = List.copyOf(lines);
    }

    /** True when nothing stays queued. */
    public boolean complete() {
        return queued == 0;
    }

    /** The first error, for a one-line status. */
    public String firstError() {
        return firstFailure().map(Line::error).orElse(null);
    }

    /** The first line with an error, whose {@link Line#problem()} the UI can translate. */
    public java.util.Optional<Line> firstFailure() {
        return lines.stream().filter(l -> l.error() != null).findFirst();
    }
}
