package app.caravan.interchange;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;

/**
 * An interchange file was rejected. The message is one line that starts with where the problem
 * is (a JSON path such as {@code interviews[3].segments[0].end}, or a line and column for
 * syntax errors) and says what is wrong, so it can be shown to the user as it is.
 */
public final class InterchangeException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int index;
    /** The same message in a form the UI and CLI say in the user's language. */
    private final transient Problem problem;

    /** {@code reason} is text from elsewhere (the domain's own checks): only the place is translated. */
    InterchangeException(String path, int index, String reason) {
        this(path, index, (Object) oneLine(reason));
    }

    InterchangeException(String path, int index, Problem reason) {
        this(path, index, (Object) reason);
    }

    private InterchangeException(String path, int index, Object reason) {
        this(Problem.of("interchange.at", path.isEmpty() ? Problem.of("interchange.topLevel") : path, reason), path,
                index);
    }

    private InterchangeException(Problem problem, String path, int index) {
        super(oneLine(problem.english()));
        this.problem = problem;
        this.path = path;
        this.index = index;
    }

    /** A problem found while tokenizing, before any path could be judged; {@code reason} is the parser's. */
    static InterchangeException atLocation(int line, int column, String reason, String path, int index) {
        return new InterchangeException(Problem.of("interchange.atLine", line, column, oneLine(reason)), path, index);
    }

    static InterchangeException atLocation(int line, int column, Problem reason, String path, int index) {
        return new InterchangeException(Problem.of("interchange.atLine", line, column, reason), path, index);
    }

    /** A problem with the file as a whole (empty, not text). */
    static InterchangeException ofDocument(Problem problem) {
        return new InterchangeException(problem, "", -1);
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /**
     * Where the problem is, e.g. {@code interviews[3].segments[0].end}; empty when it concerns
     * the document as a whole. For syntax errors it is where the parser was when it gave up.
     */
    public String path() {
        return path;
    }

    /** Index of the interview in {@code interviews} the problem belongs to, or -1. */
    public int index() {
        return index;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid input" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
