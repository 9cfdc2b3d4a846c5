package app.caravan.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A cheap kill -9 loop straight on H2 (ADR 0020): no Argon2, no Flyway, no app classes, so a
 * round costs a JVM start and little else, and the H2 settings can be bisected (cipher on or
 * off, extra URL settings, how the checking side closes). The child saves in a loop the way
 * the app does (one row with a CLOB of a few bytes to a few hundred KiB, a history row every
 * seventh save, a few dozen index rows replaced; commit, then CHECKPOINT SYNC) and prints
 * {@code ACK n}; the parent kills it, keeps a copy of the files, reopens and checks.
 *
 * <p>{@code java -cp test-classes:h2.jar app.caravan.storage.RawKillHarness DIR ROUNDS SEED CIPHER(true|false)
 * "EXTRA_URL_SETTINGS" CLOSE(shutdown|compact0|immediately)}. Exit status 1 and a kept copy on the
 * first lost save.
 */
public final class RawKillHarness {
    private static final String FILE_PASSWORD = "0123456789abcdef0123456789abcdef";

    private RawKillHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(Path.of(args[1]), Boolean.parseBoolean(args[2]), args[3], Long.parseLong(args[4]));
            return;
        }
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        boolean cipher = Boolean.parseBoolean(args[3]);
        String extra = args.length > 4 ? args[4] : "";
        String close = args.length > 5 ? args[5] : "shutdown";
        System.exit(parent(dir, rounds, seed, cipher, extra, close) ? 0 : 1);
    }

    static String url(Path dir, boolean cipher, String extra) {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + (cipher ? ";CIPHER=AES" : "")
                + ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0;QUERY_CACHE_SIZE=64" + extra;
    }

    static Connection connect(Path dir, boolean cipher, String extra) throws SQLException {
        Properties p = new Properties();
        p.put("user", "u");
        p.put("password", cipher ? FILE_PASSWORD + " userpw" : "userpw");
        return DriverManager.getConnection(url(dir, cipher, extra), p);
    }

    private static boolean parent(Path dir, int rounds, long seed, boolean cipher, String extra, String close)
            throws Exception {
        Random random = new Random(seed);
        Files.createDirectories(dir);
        try (Connection c = connect(dir, cipher, extra); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS interview(id INT PRIMARY KEY, counter BIGINT, transcript CLOB)");
            s.execute("CREATE TABLE IF NOT EXISTS history(id BIGINT AUTO_INCREMENT PRIMARY KEY, n BIGINT, body VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS posting(term VARCHAR, interview INT, n BIGINT, PRIMARY KEY(term, interview))");
            s.execute("MERGE INTO interview KEY(id) VALUES (1, 0, 'counter=0')");
            s.execute("SHUTDOWN");
        }
        long stored = 0;
        long started = System.nanoTime();
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    RawKillHarness.class.getName(), "child", dir.toString(), Boolean.toString(cipher), extra,
                    Long.toString(random.nextLong()))).redirectErrorStream(true).start();
            AtomicLong acked = new AtomicLong(-1);
            CountDownLatch firstAck = new CountDownLatch(1);
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> read(child, acked, firstAck, output));
            reader.start();
            if (!firstAck.await(120, TimeUnit.SECONDS)) {
                System.out.println("round " + round + ": no ACK\n" + output);
                child.destroyForcibly();
                return false;
            }
            Thread.sleep(random.nextInt(150));
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            Path before = dir.resolveSibling(dir.getFileName() + "-before-open");
            copy(dir, before);
            long counter;
            try (Connection c = connect(dir, cipher, extra); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
                r.next();
                counter = r.getLong(1);
                r.close();
                switch (close) {
                    case "shutdown" -> s.execute("SHUTDOWN");
                    case "immediately" -> s.execute("SHUTDOWN IMMEDIATELY");
                    case "compact0" -> {
                        s.execute("SET MAX_COMPACT_TIME 0");
                        s.execute("SHUTDOWN");
                    }
                    default -> throw new IllegalArgumentException(close);
                }
            }
            log.add(round + ":" + acked.get() + "/" + counter);
            if (counter < acked.get() || counter < stored) {
                Path failed = dir.resolveSibling(dir.getFileName() + "-failed-round-" + round);
                copy(before, failed);
                System.out.printf("LOST round %d: acknowledged %d, stored before %d, holds %d; kept %s; %s%n", round,
                        acked.get(), stored, counter, failed, String.join(" ", log));
                return false;
            }
            stored = counter;
        }
        System.out.printf("OK %d rounds in %.1f s, final counter %d, cipher %s, extra '%s', close %s%n", rounds,
                (System.nanoTime() - started) / 1e9, stored, cipher, extra, close);
        return true;
    }

    private static void child(Path dir, boolean cipher, String extra, long seed) throws Exception {
        Random random = new Random(seed);
        try (Connection c = connect(dir, cipher, extra); Statement s = c.createStatement()) {
            long n;
            try (ResultSet r = s.executeQuery("SELECT counter FROM interview WHERE id = 1")) {
                r.next();
                n = r.getLong(1);
            }
            c.setAutoCommit(false);
            PreparedStatement update = c.prepareStatement("UPDATE interview SET counter = ?, transcript = ? WHERE id = 1");
            PreparedStatement history = c.prepareStatement("INSERT INTO history(n, body) VALUES (?, ?)");
            PreparedStatement clear = c.prepareStatement("DELETE FROM posting WHERE interview = 1");
            PreparedStatement post = c.prepareStatement("INSERT INTO posting VALUES (?, 1, ?)");
            while (true) {
                n++;
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
                    try {
                        post.executeUpdate();
                    } catch (SQLException duplicate) {
                        // the same random term twice: skip it
                    }
                }
                c.commit();
                s.execute("CHECKPOINT SYNC");
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }

    private static void read(Process child, AtomicLong acked, CountDownLatch firstAck, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("ACK ")) {
                    acked.set(Long.parseLong(line.substring(4)));
                    firstAck.countDown();
                } else if (output.length() < 10_000) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            // killed mid-line
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
