package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.caravan.Fixtures;
import app.caravan.crypto.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a kill -9 right after a write returned leaves behind must hold that write (ADR 0020).
 * A kill leaves exactly the writes the process made, so a copy of the vault's files taken
 * after {@link Vault#write} returned is what the next start would find; opening the copy runs
 * H2's crash recovery. Sessions end with the vault's real close.
 *
 * <p>The database's RETENTION_TIME is set to 0 for this test: H2 may write a new commit into
 * the space of a dead chunk 45 s after that chunk was written, so in the app a long editing
 * session fills such holes; with 0 they appear at once. Before the fix (REUSE_SPACE on) a
 * commit written into a hole was lost by a crash within the first few dozen writes.
 */
class VaultCrashPointTest {
    private static final String COUNTER = "crash-point-counter";

    @TempDir
    Path temp;

    @Test
    void everyWriteThatReturnedSurvivesACrashRightAfterIt() throws Exception {
        Path dir = temp.resolve("vault");
        Path crash = temp.resolve("as-a-kill-leaves-it");
        Random random = new Random(20261122);
        UUID id = UUID.fromString("3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40");
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            new InterviewStore(vault).insert(Fixtures.fullInterview("crash"));
            vault.write("aging chunks at once", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET RETENTION_TIME 0");
                }
                return null;
            });
        }
        byte[] dataKey = KeyFile.read(VaultPaths.keyFile(dir)).unwrap(Fixtures.passphrase(), VaultPaths.keyFile(dir));
        long n = 0;
        try {
            for (int session = 1; session <= 3; session++) {
                try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
                    for (int save = 0; save < 20; save++) {
                        long counter = ++n;
                        // From a few bytes to ~150 KiB: chunks of very different sizes, as real saves write.
                        String transcript = "counter=" + counter + "\n" + "Мы уехали в сентябре. ".repeat(1 + random.nextInt(3_500));
                        vault.write("saving", c -> save(c, id, counter, transcript));
                        assertEquals(counter, afterCrash(dir, crash, dataKey),
                                "session " + session + ": a kill right after write " + counter + " returned loses it");
                    }
                }
                assertFalse(Files.exists(dir.resolve(VaultPaths.DATABASE_FILE + ".tempFile")));
            }
        } finally {
            Secrets.wipe(dataKey);
        }
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(Long.toString(n), vault.read("reading", c -> counter(c)));
        }
        assertEquals(60, n);
    }

    private static Void save(Connection c, UUID id, long counter, String transcript) throws SQLException {
        try (PreparedStatement interview = c.prepareStatement("UPDATE interview SET transcript = ? WHERE id = ?");
                PreparedStatement setting = c.prepareStatement("MERGE INTO setting KEY(name) VALUES (?, ?)")) {
            interview.setString(1, transcript);
            interview.setObject(2, id);
            assertEquals(1, interview.executeUpdate());
            setting.setString(1, COUNTER);
            setting.setString(2, Long.toString(counter));
            setting.executeUpdate();
        }
        return null;
    }

    /** Copies the vault's files as they are now and opens the copy: H2 recovers it as after a kill. */
    private static long afterCrash(Path dir, Path crash, byte[] dataKey) throws Exception {
        Files.createDirectories(crash);
        Files.copy(dir.resolve(VaultPaths.DATABASE_FILE), crash.resolve(VaultPaths.DATABASE_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        H2Connector connector = new H2Connector(crash, dataKey);
        try (Connection c = connector.connect(true)) {
            long held = Long.parseLong(counter(c));
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            }
            return held;
        } finally {
            connector.wipe();
        }
    }

    private static String counter(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            s.setString(1, COUNTER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "0";
            }
        }
    }
}
