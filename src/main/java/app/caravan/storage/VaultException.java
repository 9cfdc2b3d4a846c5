package app.caravan.storage;

import java.nio.file.Path;

/**
 * The vault could not be created, opened or re-keyed. The app layer translates {@link Kind}
 * into its own reasons; the message is a complete English sentence naming the file at fault.
 */
public class VaultException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
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
        IO
    }

    private final Kind kind;
    private final transient Path path;

    public VaultException(Kind kind, Path path, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.path = path;
    }

    public VaultException(Kind kind, Path path, String message) {
        this(kind, path, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }
}
