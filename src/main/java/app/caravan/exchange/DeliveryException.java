package app.caravan.exchange;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** A delivery failed; the message names the target and the reason (HTTP status, unreachable, …). */
public final class DeliveryException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    /** Why, for deciding what to tell the user; every kind is retried later. */
    public enum Kind {
        /** No connection, timeout, folder not mounted: wait and retry. */
        UNREACHABLE,
        /** The server refused the credentials (401/403). */
        AUTH_REFUSED,
        /** The target answered, but not as expected (status, size or hash mismatch, full disk). */
        FAILED
    }

    private final Kind kind;
    private final transient Problem problem;

    public DeliveryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problem = null;
    }

    public DeliveryException(Kind kind, Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.kind = kind;
        this.problem = problem;
    }

    public DeliveryException(Kind kind, Problem problem) {
        this(kind, problem, null);
    }

    public DeliveryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
