package app.caravan.crypto;

/** An age key or file was rejected; the message says which and why, in one line. */
public class AgeException extends Exception {
    private static final long serialVersionUID = 1L;

    public AgeException(String message) {
        super(message);
    }

    public AgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
