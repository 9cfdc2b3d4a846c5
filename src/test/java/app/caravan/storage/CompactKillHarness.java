package app.caravan.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * kill -9 during {@code SHUTDOWN COMPACT} (ADR 0020): a child JVM saves 20–60 versions of a
 * row with a large CLOB (so most of the file is dead), prints {@code ACK n} after each, then
 * {@code COMPACTING} and closes with {@code SHUTDOWN COMPACT}; the parent kills it at a random
 * moment of the rewrite and checks that the database opens with the last acknowledged save.
 *
 * <p>{@code java -cp test-classes:h2.jar app.caravan.storage.CompactKillHarness DIR ROUNDS SEED MAX_DELAY_MS}
 */
public final class CompactKillHarness {
    private static final String SETTINGS = ";REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0";

    private CompactKillHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        int maxDelay = Integer.parseInt(args[3]);
        Files.createDirectories(dir);
        try (Connection c = RawKillHarness.connect(dir, true, SETTINGS); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS interview(id INT PRIMARY KEY, counter BIGINT, transcript CLOB)");
            s.execute("MERGE INTO interview KEY(id) VALUES (1, 0, 'counter=0')");
        }
        int finished = 0;
        int tempLeft = 0;
        int replaced = 0;
        for (int round = 1; round <= rounds; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), CompactKillHarness.class.getName(), "child", dir.toString(),
                    Long.toString(random.nextLong()))).redirectErrorStream(true).start();
            long acked = -1;
            boolean done = false;
            long grown = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acked = Long.parseLong(line.substring(4));
                    } else if (line.equals("COMPACTING")) {
                        grown = Files.size(dir.resolve("db.mv.db"));
                        break;
                    } else {
                        System.out.println("child: " + line);
                    }
                }
                Thread.sleep(random.nextInt(maxDelay));
                child.destroyForcibly();
                child.waitFor();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    done |= line.equals("DONE");
                }
            } catch (java.io.IOException killedMidLine) {
                // the rest of the output died with the child
            }
            finished += done ? 1 : 0;
            tempLeft += Files.exists(dir.resolve("db.mv.db.tempFile")) ? 1 : 0;
            replaced += Files.size(dir.resolve("db.mv.db")) < grown / 2 ? 1 : 0;
            try (Connection c = RawKillHarness.connect(dir, true, SETTINGS); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
                r.next();
                if (r.getLong(1) != acked) {
                    System.out.printf("LOST round %d: acknowledged %d, holds %d%n", round, acked, r.getLong(1));
                    System.exit(1);
                }
            }
        }
        System.out.printf("OK %d rounds killed during SHUTDOWN COMPACT (%d after the rewritten file had replaced the"
                + " old one, %d had printed DONE, %d left the temporary file), every acknowledged save there; file %d KiB%n",
                rounds, replaced, finished, tempLeft, Files.size(dir.resolve("db.mv.db")) / 1024);
    }

    private static void child(Path dir, long seed) throws Exception {
        Random random = new Random(seed);
        Connection c = RawKillHarness.connect(dir, true, SETTINGS);
        Statement s = c.createStatement();
        long n;
        try (ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
            r.next();
            n = r.getLong(1);
        }
        c.setAutoCommit(false);
        try (PreparedStatement update = c.prepareStatement("UPDATE interview SET counter = ?, transcript = ? WHERE id = 1")) {
            for (int i = 20 + random.nextInt(40); i > 0; i--) {
                n++;
                update.setLong(1, n);
                update.setString(2, "counter=" + n + "\n" + "Мы уехали в сентябре. ".repeat(2_000 + random.nextInt(6_000)));
                update.executeUpdate();
                c.commit();
                s.execute("CHECKPOINT SYNC");
                System.out.println("ACK " + n);
            }
        }
        System.out.println("COMPACTING");
        System.out.flush();
        try {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException closed) {
            // SHUTDOWN closes the connection it ran on
        }
        System.out.println("DONE");
    }
}
