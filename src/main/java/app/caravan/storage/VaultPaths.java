package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import java.nio.file.Path;

/** The files inside a vault directory, and the checks that keep paths out of the JDBC URL's grammar. */
final class VaultPaths {
    static final String KEY_FILE = "vault.key";
    static final String LOCK_FILE = "vault.lock";
    static final String DATABASE = "caravan";
    static final String DATABASE_FILE = DATABASE + ".mv.db";
    /** The failed-unlock counter and wipe limit: outside the database, because they matter before unlock. */
    static final String GUARD_FILE = "vault.guard";

    private VaultPaths() {
    }

    /**
     * A normalized absolute directory that is safe to splice into an H2 URL. H2 reads
     * {@code ;NAME=value} anywhere in the URL as a setting (Sparrow Wallet's lesson), so any
     * semicolon or other URL-significant character in the path is refused outright.
     */
    static Path checked(Path directory) throws VaultException {
        Path normalized = directory.toAbsolutePath().normalize();
        String text = normalized.toString();
        if (text.contains(";") || text.contains("\u0000") || text.contains("%") || text.contains("\n")) {
            throw new VaultException(Kind.UNSAFE_PATH, normalized,
                    "The vault folder " + normalized + " contains ';', '%' or control characters; choose another folder");
        }
        return normalized;
    }

    static Path keyFile(Path directory) {
        return directory.resolve(KEY_FILE);
    }
}
