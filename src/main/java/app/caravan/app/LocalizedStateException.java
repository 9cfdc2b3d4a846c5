package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;


/** An {@link IllegalStateException} whose message the UI can show in the user's language. */
public class LocalizedStateException extends IllegalStateException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public LocalizedStateException(Problem problem) {
        this(problem, null);
    }

    public LocalizedStateException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
