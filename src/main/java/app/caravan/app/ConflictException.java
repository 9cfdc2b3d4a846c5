package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** A save was based on a stale revision: somebody else saved the record in between. */
public class ConflictException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ConflictException(String message) {
        super(message);
        this.problem = null;
    }

    public ConflictException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
