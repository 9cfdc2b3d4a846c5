package app.caravan.exchange;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** A bundle was rejected, or could not be written; the message is one line saying why. */
public class BundleException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public BundleException(String message) {
        this(message, null);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public BundleException(Problem problem) {
        this(problem, null);
    }

    public BundleException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
