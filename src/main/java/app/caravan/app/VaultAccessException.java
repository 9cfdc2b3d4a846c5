package app.caravan.app;

import java.nio.file.Path;

/**
 * A vault could not be created, opened or re-keyed. {@link #reason()} lets the UI show a
 * translated message; {@link #getMessage()} is a complete English sentence for the CLI.
 */
public class VaultAccessException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        WRONG_PASSPHRASE,
        IN_USE,
        KEY_FILE_MISSING,
        KEY_FILE_DAMAGED,
        NEWER_VERSION,
        ALREADY_EXISTS,
        NOT_A_VAULT,
        UNSAFE_PATH,
        DATABASE_DAMAGED,
        /** Too many failed unlocks: the vault was crypto-erased. */
        DESTROYED,
        IO,
        /** The passphrase is the published demo passphrase, which only the demo vault may use. */
        RESERVED_PASSPHRASE
    }

    private final Reason reason;
    private final Path path;

    public VaultAccessException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public VaultAccessException(Reason reason, Path path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The file or folder the problem is about, or null. */
    public Path path() {
        return path;
    }
}
