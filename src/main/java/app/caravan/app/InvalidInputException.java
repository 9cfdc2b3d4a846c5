package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** Input was rejected; the message names where (record index and field) and what was wrong. */
public class InvalidInputException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public InvalidInputException(String message) {
        this(message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public InvalidInputException(Problem problem) {
        this(problem, null);
    }

    public InvalidInputException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
