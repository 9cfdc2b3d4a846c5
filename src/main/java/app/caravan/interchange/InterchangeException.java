package app.caravan.interchange;

/**
 * An interchange file was rejected. The message is one line that starts with where the problem
 * is (a JSON path such as {@code interviews[3].segments[0].end}, or a line and column for
 * syntax errors) and says what is wrong, so it can be shown to the user as it is.
 */
public final class InterchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How messages name the document as a whole, whose path is empty. */
    static final String TOP_LEVEL = "top level";

    private final String path;
    private final int index;

    InterchangeException(String path, int index, String reason) {
        super((path.isEmpty() ? TOP_LEVEL : path) + ": " + oneLine(reason));
        this.path = path;
        this.index = index;
    }

    private InterchangeException(String message, String path, int index) {
        super(oneLine(message));
        this.path = path;
        this.index = index;
    }

    /** A problem found while tokenizing, before any path could be judged. */
    static InterchangeException atLocation(int line, int column, String reason, String path, int index) {
        return new InterchangeException("line " + line + ", column " + column + ": " + reason, path, index);
    }

    /** A problem with the file as a whole (empty, not text). */
    static InterchangeException ofDocument(String message) {
        return new InterchangeException(message, "", -1);
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
