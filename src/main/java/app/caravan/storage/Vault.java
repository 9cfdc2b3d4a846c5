package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import app.caravan.crypto.AesGcm;
import app.caravan.crypto.KdfParams;
import app.caravan.crypto.Secrets;
import app.caravan.domain.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;

/**
 * An unlocked vault: one directory with an AES-encrypted H2 database whose file password is a
 * random 256-bit data key, and a key file holding that key wrapped under the passphrase.
 *
 * <p>All database work goes through {@link #read} and {@link #write}, which serialize on this
 * object: one connection, one writer, no interleaved transactions.
 */
public final class Vault implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Vault.class.getName());
    static final int DATA_KEY_BYTES = 32;

    static {
        // H2 may otherwise load any Java class named in CREATE ALIAS or a tampered database;
        // a package that does not exist allows none. Must be set before H2's first use.
        if (System.getProperty("h2.allowedClasses") == null) {
            System.setProperty("h2.allowedClasses", "app.caravan.storage.noclasses");
        }
    }

    private final Path directory;
    private final UUID vaultId;
    private final VaultLock lock;
    /** Holds the data key while open; wiped and dropped on close. */
    private H2Connector connector;
    private Connection connection;
    /** Why H2 closed the database under us (see {@link #lose}); null while open or closed normally. */
    private Problem lost;
    private final List<Consumer<Problem>> lostListeners = new CopyOnWriteArrayList<>();

    private Vault(Path directory, UUID vaultId, VaultLock lock, H2Connector connector, Connection connection) {
        this.directory = directory;
        this.vaultId = vaultId;
        this.lock = lock;
        this.connector = connector;
        this.connection = connection;
    }

    /** True when {@code directory} holds a key file, i.e. looks like a vault. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(VaultPaths.KEY_FILE));
    }

    /**
     * Creates a vault in {@code directory}, which must not exist or be empty. Nothing is left
     * behind when creation fails half-way.
     */
    public static Vault create(Path directory, char[] passphrase, KdfParams kdf) throws VaultException {
        Path dir = VaultPaths.checked(directory);
        if (exists(dir)) {
            throw new VaultException(Kind.ALREADY_EXISTS, dir, "There is already a vault in " + dir);
        }
        boolean created = !Files.exists(dir);
        try {
            Files.createDirectories(dir);
            OwnerOnly.restrict(dir);
            if (!created && !isEmpty(dir)) {
                throw new VaultException(Kind.NOT_A_VAULT, dir,
                        "The folder " + dir + " is not empty; choose an empty or new folder for the vault");
            }
        } catch (IOException e) {
            throw new VaultException(Kind.IO, dir, "Cannot create the vault folder " + dir + ": " + e.getMessage(), e);
        }
        VaultLock lock = VaultLock.acquire(dir);
        byte[] dataKey = AesGcm.randomBytes(DATA_KEY_BYTES);
        H2Connector connector = null;
        try {
            UUID vaultId = UUID.randomUUID();
            KeyFiles.writeAtomically(dir, KeyFile.wrap(vaultId, dataKey, passphrase, kdf));
            connector = new H2Connector(dir, dataKey);
            Connection connection = connector.connect(false);
            Migrations.migrate(connector, dir);
            LOG.info("Created vault " + vaultId);
            return new Vault(dir, vaultId, lock, connector, connection).noteOpened();
        } catch (VaultException | RuntimeException e) {
            wipeQuietly(connector);
            lock.release();
            deleteVaultFiles(dir, created);
            throw e;
        } finally {
            Secrets.wipe(dataKey);
        }
    }

    /** Unlocks the vault in {@code directory}. Nothing on disk changes on failure. */
    public static Vault open(Path directory, char[] passphrase) throws VaultException {
        Path dir = VaultPaths.checked(directory);
        if (!Files.isDirectory(dir)) {
            throw new VaultException(Kind.NOT_A_VAULT, dir, "There is no vault in " + dir);
        }
        Path keyPath = VaultPaths.keyFile(dir);
        KeyFile keyFile = KeyFile.read(keyPath);
        if (!Files.isRegularFile(dir.resolve(VaultPaths.DATABASE_FILE))) {
            throw new VaultException(Kind.DATABASE_DAMAGED, dir.resolve(VaultPaths.DATABASE_FILE),
                    "The database file " + dir.resolve(VaultPaths.DATABASE_FILE) + " is missing");
        }
        VaultLock lock = VaultLock.acquire(dir);
        byte[] dataKey = null;
        H2Connector connector = null;
        try {
            dataKey = UnlockGuard.unwrap(keyFile, passphrase, dir, lock);
            connector = new H2Connector(dir, dataKey);
            Connection connection = connector.connect(true);
            try {
                Hardening.check(connection, dir);
                Migrations.migrate(connector, dir);
            } catch (VaultException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
            return new Vault(dir, keyFile.vaultId(), lock, connector, connection).noteOpened();
        } catch (VaultException | RuntimeException e) {
            wipeQuietly(connector);
            lock.release();
            throw e;
        } finally {
            Secrets.wipe(dataKey);
        }
    }

    /**
     * Bookkeeping for the close-time rewrite ({@link SpaceReclaim#opened}). It must not keep a
     * vault from opening: on failure the close just decides without it.
     */
    private Vault noteOpened() {
        try {
            if (write("noting the vault's size at open", SpaceReclaim::opened)) {
                LOG.info("The vault was not closed last time; H2 recovered it");
            }
        } catch (StorageException e) {
            LOG.warning("Could not note the vault's size at open: " + e.getMessage());
        }
        return this;
    }

    public Path directory() {
        return directory;
    }

    public UUID vaultId() {
        return vaultId;
    }

    /**
     * Re-wraps the data key under {@code next}. The database is untouched; the new key file
     * replaces the old one atomically, so a crash leaves one of the two, never neither.
     */
    public synchronized void changePassphrase(char[] current, char[] next, KdfParams kdf) throws VaultException {
        ensureOpen();
        Path keyPath = VaultPaths.keyFile(directory);
        KeyFile old = KeyFile.read(keyPath);
        byte[] dataKey = old.unwrap(current, keyPath);
        try {
            KeyFiles.writeAtomically(directory, KeyFile.wrap(old.vaultId(), dataKey, next, kdf));
        } finally {
            Secrets.wipe(dataKey);
        }
    }

    /** Runs read-only work. */
    public synchronized <T> T read(String operation, SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public synchronized <T> T write(String operation, SqlWork<T> work) {
        ensureOpen();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                flushToDisk();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Names the vault and, when its disk is (nearly) full, says so: H2 reports a full disk as an
     * I/O error or, after it closed itself over one, as "database closed", and its own message
     * may quote content, so it is never shown. The last committed state stays on disk.
     */
    private StorageException failure(String operation, SQLException e) {
        String where = operation + " in the vault " + directory;
        long free = DiskSpace.usable(directory);
        boolean full = free >= 0 && free < DiskSpace.LOW;
        if (full) {
            where += ": the disk holding it is full (" + free / 1024 + " KiB free); free some space and unlock"
                    + " the vault again, everything saved before is kept";
        }
        if (closedByH2(e)) {
            lose(full ? Problem.of("vault.lost.diskFull", directory, free / 1024)
                    : Problem.of("vault.lost.failed", directory, e.getErrorCode()));
        }
        return new StorageException(where, e);
    }

    /**
     * Whether H2 has closed the database: it does so when writing its file failed (a full disk,
     * a removed USB stick), and every later statement only answers "database is closed".
     */
    private boolean closedByH2(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
            return true;
        }
        try {
            return connection.isClosed();
        } catch (SQLException ex) {
            return true;
        }
    }

    /**
     * The database closed under the session: this vault lets go at once as a lock would (the
     * key is wiped, the lock file released, so the vault can be unlocked again once the disk has
     * room) and tells its listeners why. What was committed before stays on disk.
     */
    private void lose(Problem why) {
        closeQuietly(connection);
        connection = null;
        connector.wipe();
        connector = null;
        lock.release();
        lost = why;
        LOG.warning("The vault database closed after a failed write (" + why.key() + "); the vault is locked");
        for (Consumer<Problem> listener : lostListeners) {
            listener.accept(why);
        }
    }

    /**
     * {@code listener} hears, once and on the thread whose work failed, that H2 closed the
     * database under this vault (see {@link #lose}), with the reason to show. It is called while
     * this vault is held, so it must hand any work to another thread rather than do it.
     */
    public void onLost(Consumer<Problem> listener) {
        lostListeners.add(listener);
    }

    /**
     * H2's commit leaves the MVStore chunk to a background writer, so a kill right after a
     * commit returned could lose it (the kill -9 torture test caught this). CHECKPOINT SYNC
     * writes the chunk and fsyncs it before the caller hears "saved": durable across process
     * death and power loss, given that crash recovery can find the chunk (H2Connector's
     * REUSE_SPACE=FALSE, ADR 0020).
     */
    private void flushToDisk() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    public synchronized boolean isOpen() {
        return connection != null;
    }

    /**
     * Closes the database (H2 writes everything out) and releases the lock. Idempotent. When
     * most of the file is dead (it only grows while open: ADR 0020) the close rewrites it.
     */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try (Connection c = connection; var statement = c.createStatement()) {
            statement.execute(SpaceReclaim.shutdownCommand(c, directory));
        } catch (SQLException e) {
            LOG.warning("Closing the vault database failed with H2 error " + e.getErrorCode());
        } finally {
            connection = null;
            connector.wipe();
            connector = null;
            lock.release();
        }
    }

    private void ensureOpen() {
        if (connection == null) {
            throw new StorageException(lost == null ? "The vault is locked" : lost.english());
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteVaultFiles(Path dir, boolean deleteDirectory) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
            if (deleteDirectory) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            LOG.warning("Could not clean up the half-created vault in " + dir + ": " + e.getMessage());
        }
    }

    /** A vault that failed to open must not leave its keys behind (H2Connector registers the file key). */
    private static void wipeQuietly(H2Connector connector) {
        if (connector != null) {
            connector.wipe();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the original error is what the user needs to see
        }
    }

    /** An OS-level lock on {@code vault.lock}: released by the OS even when the process is killed. */
    static final class VaultLock {
        private final FileChannel channel;
        private final FileLock lock;

        private VaultLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static VaultLock acquire(Path dir) throws VaultException {
            Path path = dir.resolve(VaultPaths.LOCK_FILE);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw inUse(dir);
                }
                return new VaultLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                closeChannel(channel);
                throw inUse(dir);
            } catch (IOException e) {
                closeChannel(channel);
                throw new VaultException(Kind.IO, path, "Cannot lock " + path + ": " + e.getMessage(), e);
            }
        }

        void release() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // closing the channel releases it as well
            }
            closeChannel(channel);
        }

        private static VaultException inUse(Path dir) {
            return new VaultException(Kind.IN_USE, dir,
                    "The vault in " + dir + " is open in another Caravan window or process; close it there first");
        }

        private static void closeChannel(FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
        }
    }
}
