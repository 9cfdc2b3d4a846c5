package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** The interview (or other record) asked for does not exist in this vault. */
public class NotFoundException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public NotFoundException(String message) {
        super(message);
        this.problem = null;
    }

    public NotFoundException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
