package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/** An {@link IllegalArgumentException} whose message the UI can show in the user's language. */
public class LocalizedArgumentException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public LocalizedArgumentException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
