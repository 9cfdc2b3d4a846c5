package app.caravan.storage;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database operation failed. The message names the operation and H2's error code but never
 * the values involved, because H2 messages can quote interview content.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final String VALUE_TOO_LONG = "22001";
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z_]+) [^\"(]*\\((\\d+)\\)\"");

    public StorageException(String operation, SQLException cause) {
        super("Database error " + cause.getErrorCode() + " (SQL state " + cause.getSQLState() + ") while " + operation,
                cause);
    }

    public StorageException(String message) {
        super(message);
    }

    /**
     * When a value was longer than its column: the reason, naming the column and its limit but
     * never the value (which may be interview content). Imports check what they can before
     * writing; this is the input's fault, not a failure of the vault.
     */
    public Optional<String> valueTooLong() {
        if (!(getCause() instanceof SQLException sql) || !VALUE_TOO_LONG.equals(sql.getSQLState())) {
            return Optional.empty();
        }
        Matcher m = COLUMN.matcher(String.valueOf(sql.getMessage()));
        if (!m.find()) {
            return Optional.of("a value is longer than the vault allows");
        }
        return Optional.of("a value is longer than the vault allows for " + m.group(1).toLowerCase(Locale.ROOT)
                + " (at most " + m.group(2) + " characters)");
    }
}
