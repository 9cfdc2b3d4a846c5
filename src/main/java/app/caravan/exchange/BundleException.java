package app.caravan.exchange;

/** A bundle was rejected, or could not be written; the message is one line saying why. */
public class BundleException extends Exception {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
