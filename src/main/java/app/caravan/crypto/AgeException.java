package app.caravan.crypto;

import java.util.Arrays;
import java.util.List;

/**
 * An age key or file was rejected; the message says which and why, in one line. {@link #key()}
 * and {@link #args()} name the same message in {@code app/caravan/i18n/errors*.properties}, so the
 * layers above can say it in the user's language (this layer sees no message bundles).
 */
public class AgeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public AgeException(String message) {
        this(message, (Throwable) null);
    }

    public AgeException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = new Object[0];
    }

    /** {@code message} is the English text of {@code key} with {@code args} filled in. */
    AgeException(String key, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The message's key, or null when it has none. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args == null ? List.of() : Arrays.asList(args.clone());
    }
}
