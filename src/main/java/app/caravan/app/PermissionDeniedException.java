package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** The vault's role may not do this (a field vault approving an interview); nothing changed. */
public final class PermissionDeniedException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public PermissionDeniedException(String message) {
        super(message);
        this.problem = null;
    }

    public PermissionDeniedException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
