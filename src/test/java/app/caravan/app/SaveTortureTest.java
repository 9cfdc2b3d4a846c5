package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments while a real process saves through the app's save path: an
 * acknowledged save is never lost, the vault always opens, and the consent history always
 * agrees with the stored consent (it is written in the same transaction). Rounds:
 * {@code -Dcaravan.torture.rounds} (default 20); every fourth round kills at a random moment
 * from process start, which may hit the unlock itself. The torture profile runs 500 rounds.
 */
@Tag("torture")
class SaveTortureTest {
    private static final Path KEPT = Path.of("target", "save-torture");

    @TempDir
    Path temp;

    @Test
    void killedWhileSavingNeverLosesAnAcknowledgedSaveNorTheVault() throws Exception {
        int rounds = Integer.getInteger("caravan.torture.rounds", 20);
        long seed = Long.getLong("caravan.torture.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dir = temp.resolve("vault");
        UUID id;
        try (VaultSession session = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
            Interview created = session.interviews().create("Timur");
            id = session.interviews().save(created.toBuilder().consent(new Consent(true, false, true, false, false,
                    false, ConsentMethod.VERBAL, OffsetDateTime.now(), null)).build()).id();
        }
        long started = System.nanoTime();
        long stored = 0;
        int killedMidSave = 0;
        // How long a child takes to its first save here: kills "from start" spread over all of it
        // (JVM start, unlock, migrations, first save), however slow this machine is.
        long firstAckMillis = 900;
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean anyMoment = round % 4 == 0;
            Process child = start(dir, id, random.nextLong());
            AtomicLong acked = new AtomicLong(-1);
            CountDownLatch firstAck = new CountDownLatch(1);
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> read(child, acked, firstAck, output));
            reader.start();
            long startedChild = System.nanoTime();
            if (anyMoment) {
                Thread.sleep(random.nextInt((int) Math.min(30_000, firstAckMillis * 3 / 2)));
            } else {
                assertTrue(firstAck.await(60, TimeUnit.SECONDS), "no save acknowledged:\n" + output);
                firstAckMillis = Math.max(firstAckMillis, (System.nanoTime() - startedChild) / 1_000_000);
                Thread.sleep(random.nextInt(150));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join();

            // The files exactly as the kill left them, before the reopen (which may repair or
            // compact them): a failing round's copy stays in target/ for diagnosis.
            Path before = keep(dir, KEPT.resolve("before-open"));
            try (VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
                Interview after = session.interviews().get(id);
                long counter = SaveLoop.counterOf(after.transcript());
                assertTrue(counter >= acked.get(), "round " + round + ": acknowledged " + acked.get()
                        + " but the vault holds " + counter + " (seed " + seed + ")");
                assertTrue(counter >= stored, "round " + round + ": the counter went back from " + stored);
                List<ConsentChange> history = session.interviews().consentHistory(id);
                assertEquals(after.consent(), history.get(history.size() - 1).after(),
                        "round " + round + ": consent history disagrees with the stored consent");
                killedMidSave += counter > Math.max(acked.get(), stored) ? 1 : 0;
                log.add(round + (anyMoment ? "*" : "") + ":" + acked.get() + "/" + counter);
                stored = counter;
            } catch (AssertionError | RuntimeException e) {
                Path failed = KEPT.resolve("failed-round-" + round + "-seed-" + seed);
                keep(before, failed);
                throw new AssertionError(e.getMessage() + "; the vault as the kill left it: " + failed, e);
            }
        }
        System.out.printf("save torture: %d rounds in %.1f s (%.2f s per round), final counter %d, %d kills landed after a save"
                + " committed but before its ACK; rounds (acked/stored, * = kill from start): %s; seed %d%n",
                rounds, (System.nanoTime() - started) / 1e9, (System.nanoTime() - started) / 1e9 / rounds, stored, killedMidSave, String.join(" ", log), seed);
        assertTrue(stored > 0, "some saves were acknowledged");
    }

    private static Path keep(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> files = Files.walk(to)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static Process start(Path dir, UUID id, long seed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx256m", "-Djava.util.logging.config.class=app.caravan.LoggingSetup",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), dir.toString(), id.toString(),
                Long.toString(seed)))
                .redirectErrorStream(true)
                .start();
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
        } catch (Exception e) {
            // the child was killed mid-line; what was read is what counts
        }
    }
}
