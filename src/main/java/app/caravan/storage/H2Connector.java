package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import app.caravan.crypto.Secrets;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.h2.Driver;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Opens connections to the vault's encrypted H2 database. The URL is built from a checked path
 * and fixed settings only; passwords travel as char arrays in the connection properties (which
 * H2 accepts), never as Strings.
 */
final class H2Connector {
    private static final String USER = "caravan";
    /**
     * The whole file is encrypted by the {@link XtsAesFilePath} scheme in H2's CIPHER=AES format
     * with the JDK's AES (ADR 0023), so there is no CIPHER setting; MAX_MEMORY_ROWS is unlimited
     * because H2 spills bigger results to a temporary file that only H2's own CIPHER would
     * encrypt (our result sets are lists the app holds in memory anyway). TRACE_LEVEL_FILE=0
     * because the trace file is NOT encrypted and would log SQL; FILE_LOCK=FS uses OS locks that die with the process;
     * WRITE_DELAY=0 writes each commit out before the call returns; QUERY_CACHE_SIZE=64 keeps
     * the parsed form of every statement a bulk import repeats per interview (with H2's default
     * of 8 a tenth of an import went into parsing the same SQL again).
     *
     * <p>REUSE_SPACE=FALSE appends every commit at the end of the file, where H2's crash
     * recovery finds it by scanning back from the end. With reuse, a commit written into a hole
     * is found only through the store header, and H2 2.5.252 writes that header pointing at
     * the chunk before the new one: after a kill, that commit and the ones chained after it
     * were gone although CHECKPOINT SYNC had returned (ADR 0020). MAX_COMPACT_TIME=0 because
     * the close-time compaction could only append rewritten chunks now; {@link SpaceReclaim}
     * rewrites the file on close instead when most of it is dead.
     */
    private static final String SETTINGS = ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
            + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0"
            + ";MAX_MEMORY_ROWS=" + Integer.MAX_VALUE;

    private final Path directory;
    private final byte[] dataKey;
    private final XtsAesFilePath.Registration fileKey;

    H2Connector(Path directory, byte[] dataKey) {
        this.directory = directory;
        this.dataKey = dataKey.clone();
        byte[] filePassword = filePassword();
        try {
            this.fileKey = XtsAesFilePath.register(directory.resolve(VaultPaths.DATABASE), filePassword);
        } finally {
            Secrets.wipe(filePassword);
        }
    }

    Connection connect(boolean mustExist) throws VaultException {
        String url = "jdbc:h2:" + XtsAesFilePath.databaseName(directory.resolve(VaultPaths.DATABASE)) + SETTINGS + (mustExist ? ";IFEXISTS=TRUE" : "");
        Properties properties = new Properties();
        properties.put("user", USER);
        char[] password = password();
        properties.put("password", password);
        try {
            Connection connection = Driver.load().connect(url, properties);
            if (connection == null) {
                throw new VaultException(Kind.IO, directory, "The H2 driver refused the vault URL");
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            Secrets.wipe(password);
        }
    }

    /** For Flyway, which opens and closes connections of its own. */
    DataSource dataSource() {
        return new VaultDataSource();
    }

    /** Forgets the keys: the data key here and the file key registered for the vault's files. */
    void wipe() {
        Secrets.wipe(dataKey);
        fileKey.close();
    }

    /**
     * The file password: the data key in hex, as bytes the way H2 turns a CIPHER password into
     * bytes (UTF-16BE), so that vaults written with CIPHER=AES open unchanged.
     */
    private byte[] filePassword() {
        char[] file = Secrets.hex(dataKey);
        try {
            return FilePathEncrypt.getPasswordBytes(file);
        } finally {
            Secrets.wipe(file);
        }
    }

    /** H2's user password, derived from the data key through HMAC so that it is independent of the file key. */
    private char[] password() {
        byte[] userBytes = hmac("h2-user-password");
        char[] user = Secrets.hex(userBytes);
        Secrets.wipe(userBytes);
        return user;
    }

    private byte[] hmac(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private VaultException translate(SQLException e) {
        Path db = directory.resolve(VaultPaths.DATABASE_FILE);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XtsAesChannel.WrongKeyException) {
                return wrongKey(db, e);
            }
        }
        switch (e.getErrorCode()) {
            case 28000: // wrong user password
                return wrongKey(db, e);
            case 90020: // already open
                return new VaultException(Kind.IN_USE, directory, "The vault in " + directory
                        + " is open in another Caravan window or process; close it there first", e);
            case 90013: // IFEXISTS and not found
                return new VaultException(Kind.DATABASE_DAMAGED, db, "The database file " + db + " is missing", e);
            case 90048: // file version
                return new VaultException(Kind.NEWER_VERSION, db, "The database " + db
                        + " was written by a newer version of Caravan; update Caravan to open it", e);
            case 90030: // file corrupted
                return new VaultException(Kind.DATABASE_DAMAGED, db, "The database " + db + " is damaged", e);
            default:
                return new VaultException(Kind.IO, db, "Cannot open the database " + db + " (H2 error "
                        + e.getErrorCode() + ")", e);
        }
    }

    private static VaultException wrongKey(Path db, SQLException e) {
        return new VaultException(Kind.DATABASE_DAMAGED, db, "The database " + db
                + " cannot be decrypted with this vault's key: the key file belongs to another vault,"
                + " or the database is damaged", e);
    }

    private final class VaultDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            try {
                return connect(true);
            } catch (VaultException e) {
                throw new SQLException(e.getMessage(), e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no JDBC logging: it could print interview content
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // embedded database: there is nothing to wait for
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
