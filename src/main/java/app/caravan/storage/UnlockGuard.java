package app.caravan.storage;

import app.caravan.crypto.Secrets;
import app.caravan.storage.VaultException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The optional wipe after too many failed unlocks. Its limit and counter must be known before
 * the vault is open, so they live in {@code vault.guard} beside it, not in the database. Anyone
 * who can copy files can reset them: this stops a guesser at the keyboard, not a forensic copy.
 *
 * <p>An attempt is counted before the passphrase is tried, so killing the app during the slow
 * key derivation does not save a guess; a right passphrase resets the count.
 */
public final class UnlockGuard {
    public static final int MIN_LIMIT = 3;
    public static final int MAX_LIMIT = 20;
    private static final Logger LOG = Logger.getLogger(UnlockGuard.class.getName());
    private static final String FORMAT = "caravan-unlock-guard";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code wipeAfter} 0 means off. */
    public record State(int wipeAfter, int failures) {
        public static final State OFF = new State(0, 0);

        public boolean enabled() {
            return wipeAfter > 0;
        }

        boolean exhausted() {
            return enabled() && failures >= wipeAfter;
        }
    }

    private UnlockGuard() {
    }

    /**
     * The guard of the vault in {@code directory}; off when there is no guard file. A damaged
     * file counts as off (and is logged): refusing to unlock because of it would only lock
     * the owner out, and whoever can damage it can delete it.
     */
    public static State read(Path directory) {
        Path file = directory.resolve(VaultPaths.GUARD_FILE);
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            int wipeAfter = root.path("wipeAfter").asInt(-1);
            int failures = root.path("failures").asInt(-1);
            if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION
                    || wipeAfter != 0 && (wipeAfter < MIN_LIMIT || wipeAfter > MAX_LIMIT) || failures < 0) {
                LOG.warning("Ignoring the damaged unlock guard " + file);
                return State.OFF;
            }
            return new State(wipeAfter, failures);
        } catch (NoSuchFileException e) {
            return State.OFF;
        } catch (IOException e) {
            LOG.warning("Ignoring the unreadable unlock guard " + file + ": " + e.getMessage());
            return State.OFF;
        }
    }

    /** Switches the wipe on ({@value #MIN_LIMIT}..{@value #MAX_LIMIT} failed unlocks) or off (0); the count starts again. */
    public static void setWipeAfter(Path directory, int wipeAfter) throws VaultException {
        if (wipeAfter != 0 && (wipeAfter < MIN_LIMIT || wipeAfter > MAX_LIMIT)) {
            throw new IllegalArgumentException("The number of failed unlocks before the vault is destroyed must be"
                    + " between " + MIN_LIMIT + " and " + MAX_LIMIT + ", not " + wipeAfter);
        }
        Path file = directory.resolve(VaultPaths.GUARD_FILE);
        try {
            if (wipeAfter == 0) {
                Files.deleteIfExists(file);
                AtomicFiles.syncDirectory(directory);
            } else {
                write(directory, new State(wipeAfter, 0));
            }
        } catch (IOException e) {
            throw new VaultException(Kind.IO, file, "Cannot write the unlock guard " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unwraps the data key, counting the attempt first when the guard is on. The attempt that
     * reaches the limit erases the vault (releasing {@code lock}) and fails with DESTROYED.
     */
    static byte[] unwrap(KeyFile keyFile, char[] passphrase, Path dir, Vault.VaultLock lock) throws VaultException {
        State before = read(dir);
        State counted = before;
        if (before.enabled()) {
            counted = new State(before.wipeAfter(), before.failures() + 1);
            record(dir, counted);
        }
        byte[] dataKey;
        try {
            dataKey = keyFile.unwrap(passphrase, VaultPaths.keyFile(dir));
        } catch (VaultException e) {
            if (e.kind() == Kind.WRONG_PASSPHRASE && counted.exhausted()) {
                VaultEraser.erase(dir, lock);
                LOG.warning("Destroyed the vault in " + dir + " after " + counted.failures() + " failed unlocks");
                throw new VaultException(Kind.DESTROYED, dir, "Wrong passphrase " + counted.failures()
                        + " times in a row: the vault in " + dir + " was destroyed, as its settings asked");
            }
            throw e;
        }
        if (counted.failures() > 0) {
            try {
                record(dir, new State(counted.wipeAfter(), 0));
            } catch (VaultException e) {
                Secrets.wipe(dataKey);
                throw e;
            }
        }
        return dataKey;
    }

    private static void record(Path dir, State state) throws VaultException {
        try {
            write(dir, state);
        } catch (IOException e) {
            Path file = dir.resolve(VaultPaths.GUARD_FILE);
            // Unrecorded attempts would be free guesses: no unlock while the count cannot be kept.
            throw new VaultException(Kind.IO, file, "Cannot record the unlock attempt in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void write(Path dir, State state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("wipeAfter", state.wipeAfter());
        root.put("failures", state.failures());
        AtomicFiles.replace(dir, VaultPaths.GUARD_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
