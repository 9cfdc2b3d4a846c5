package app.caravan.storage;

import java.sql.SQLException;

/**
 * A database operation failed. The message names the operation and H2's error code but never
 * the values involved, because H2 messages can quote interview content.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String operation, SQLException cause) {
        super("Database error " + cause.getErrorCode() + " (SQL state " + cause.getSQLState() + ") while " + operation,
                cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
