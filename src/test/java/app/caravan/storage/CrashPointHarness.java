package app.caravan.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * The kill -9 check without the kill (ADR 0020): after every acknowledged save the database
 * file is copied as it is (exactly what a kill at that moment would leave: every write the
 * process made is in the file, nothing else) and the copy is opened, which runs H2's crash
 * recovery; the copy must hold the save. Sessions end as a killed child's would (nothing more
 * written: SHUTDOWN IMMEDIATELY) and are followed by a checking session that closes the way
 * the app does, as in {@link RawKillHarness}. One JVM, no process starts: many crash points
 * per second instead of one every few seconds.
 *
 * <p>{@code java -cp test-classes:h2.jar app.caravan.storage.CrashPointHarness DIR SESSIONS SEED CIPHER
 * "EXTRA_URL_SETTINGS" CLOSE(shutdown|compact0|immediately|app)}; exit status 1 on the first lost save.
 * {@code app} closes as {@link Vault#close} does ({@link SpaceReclaim}).
 */
public final class CrashPointHarness {
    private CrashPointHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int sessions = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        boolean cipher = Boolean.parseBoolean(args[3]);
        String extra = args.length > 4 ? args[4] : "";
        String close = args.length > 5 ? args[5] : "shutdown";
        Path copy = dir.resolveSibling(dir.getFileName() + "-crash");
        Files.createDirectories(dir);
        try (Connection c = RawKillHarness.connect(dir, cipher, extra); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS interview(id INT PRIMARY KEY, counter BIGINT, transcript CLOB)");
            s.execute("CREATE TABLE IF NOT EXISTS history(id BIGINT AUTO_INCREMENT PRIMARY KEY, n BIGINT, body VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS posting(term VARCHAR, interview INT, n BIGINT, PRIMARY KEY(term, interview))");
            s.execute("MERGE INTO interview KEY(id) VALUES (1, 0, 'counter=0')");
            s.execute("SHUTDOWN");
        }
        long n = 0;
        long checks = 0;
        long started = System.nanoTime();
        for (int session = 1; session <= sessions; session++) {
            int saves = 1 + random.nextInt(8);
            Connection live = RawKillHarness.connect(dir, cipher, extra);
            try (Statement s = live.createStatement()) {
                Connection c = live;
                c.setAutoCommit(false);
                for (int i = 0; i < saves; i++) {
                    n++;
                    save(c, s, n, random);
                    checks++;
                    long held = recovered(dir, copy, cipher, extra);
                    if (held != n) {
                        System.out.printf("LOST at save %d (session %d, save %d of it): a crash now recovers %d;"
                                + " the file as a kill would leave it: %s%n", n, session, i + 1, held, copy);
                        System.exit(1);
                    }
                }
            }
            halt(live);
            try (Connection c = RawKillHarness.connect(dir, cipher, extra); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
                    r.next();
                    if (r.getLong(1) != n) {
                        System.out.printf("LOST after session %d: holds %d, acknowledged %d%n", session, r.getLong(1), n);
                        System.exit(1);
                    }
                }
                switch (close) {
                    case "app" -> s.execute(SpaceReclaim.shutdownCommand(c, dir));
                    case "shutdown" -> s.execute("SHUTDOWN");
                    case "immediately" -> s.execute("SHUTDOWN IMMEDIATELY");
                    case "compact0" -> {
                        s.execute("SET MAX_COMPACT_TIME 0");
                        s.execute("SHUTDOWN");
                    }
                    default -> throw new IllegalArgumentException(close);
                }
            } catch (SQLException closedByShutdown) {
                // SHUTDOWN closed the connection under try-with-resources
            }
            if (session % 10 == 0) {
                System.out.printf("%d sessions, %d crash points, %.0f s, file %d KiB%n", session, checks,
                        (System.nanoTime() - started) / 1e9, Files.size(dir.resolve("db.mv.db")) / 1024);
            }
        }
        System.out.printf("OK %d sessions, %d crash points checked in %.1f s, final counter %d, file %d KiB,"
                + " cipher %s, extra '%s', close %s%n", sessions, checks, (System.nanoTime() - started) / 1e9, n,
                Files.size(dir.resolve("db.mv.db")) / 1024, cipher, extra, close);
    }

    private static void save(Connection c, Statement s, long n, Random random) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE interview SET counter = ?, transcript = ? WHERE id = 1");
                PreparedStatement history = c.prepareStatement("INSERT INTO history(n, body) VALUES (?, ?)");
                PreparedStatement clear = c.prepareStatement("DELETE FROM posting WHERE interview = 1");
                PreparedStatement post = c.prepareStatement("MERGE INTO posting VALUES (?, 1, ?)")) {
            update.setLong(1, n);
            update.setString(2, "counter=" + n + "\n" + "Мы уехали в сентябре. ".repeat(random.nextInt(8_000) + 1));
            update.executeUpdate();
            if (n % 7 == 0) {
                history.setLong(1, n);
                history.setString(2, "consent change " + n);
                history.executeUpdate();
            }
            clear.executeUpdate();
            int terms = 10 + random.nextInt(60);
            for (int t = 0; t < terms; t++) {
                post.setString(1, "term" + random.nextInt(500));
                post.setLong(2, n);
                post.executeUpdate();
            }
            c.commit();
            s.execute("CHECKPOINT SYNC");
        }
    }

    /** Opens a copy of the file as it is now, as the next start after a kill would. */
    private static long recovered(Path dir, Path copy, boolean cipher, String extra) throws Exception {
        Files.createDirectories(copy);
        Files.copy(dir.resolve("db.mv.db"), copy.resolve("db.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Connection c = RawKillHarness.connect(copy, cipher, extra);
        long held;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
            r.next();
            held = r.getLong(1);
        }
        halt(c);
        return held;
    }

    /** Closes without writing anything more, as a kill would. */
    static void halt(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException alreadyClosed) {
            // closed is what was wanted
        }
        try {
            c.close();
        } catch (SQLException alreadyClosed) {
            // closed is what was wanted
        }
    }
}
