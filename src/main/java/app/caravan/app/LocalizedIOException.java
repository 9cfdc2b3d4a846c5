package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;
import java.io.IOException;

/** An {@link IOException} whose message the UI can show in the user's language. */
public class LocalizedIOException extends IOException implements Localized {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public LocalizedIOException(Problem problem) {
        this(problem, null);
    }

    public LocalizedIOException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
