package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.InboxService.Outcome;
import app.caravan.app.RestartableWebDav.Trap;
import app.caravan.domain.BundleState;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.OutboxBundle;
import app.caravan.domain.Role;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real WebDAV server (Tomcat's WebdavServlet) stopped in the middle of a sync and started again
 * on the same port: during the upload of several field bundles (inside a PUT, after the PUT but
 * before the size check answered, after the MOVE but before its answer) and during the desk's
 * download. Syncing again delivers every bundle exactly once, the desk imports every interview
 * exactly once, nothing is left under a temporary name, and the outbox ends acknowledged.
 * Bundles and stops: 4 and 3 in {@code mvn verify}; 12 and 11 (random places, seed
 * {@code -Dcaravan.torture.seed}) with {@code -Dcaravan.torture=true}.
 */
@Tag("torture")
class WebDavRestartTortureTest {
    private static final boolean TORTURE = Boolean.getBoolean("caravan.torture");
    private static final int ATTACHMENT = 96 * 1024;

    @TempDir
    Path temp;

    @Test
    void serverStoppedMidUploadAndMidPullLosesAndDuplicatesNothing() throws Exception {
        int count = TORTURE ? 12 : 4;
        long seed = Long.getLong("caravan.torture.seed", 20_221_017L);
        Random random = new Random(seed);
        Path davRoot = temp.resolve("dav");
        LocalVaultService vaults = Fixtures.fastVaults();
        try (RestartableWebDav server = new RestartableWebDav(davRoot, temp.resolve("tomcat"));
                VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = vaults.create(temp.resolve("desk"), Fixtures.passphrase())) {
            int port = server.port();
            desk.review().setRole(Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            field.sync().addWebDav(server.url("caravan/"), "team", "секрет".toCharArray());
            desk.sync().addWebDav(server.url("caravan/"), "team", "секрет".toCharArray());
            List<UUID> interviews = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                interviews.add(sealOne(field, i, random));
            }
            List<OutboxBundle> queued = field.sync().outbox();
            assertEquals(count, queued.size(), "one bundle per interview");

            // Upload: stop the server inside the delivery of bundles 2, 3, …, each time somewhere else.
            List<String> stops = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                OutboxBundle b = queued.get(i);
                String kind = TORTURE ? List.of("PUT", "HEAD", "MOVE").get(random.nextInt(3))
                        : List.of("PUT", "MOVE", "HEAD").get((i - 1) % 3);
                Trap trap = switch (kind) {
                    case "PUT" -> new Trap("PUT", b.id() + ".age.part", 1 + random.nextInt((int) b.size() - 1));
                    case "HEAD" -> new Trap("HEAD", b.id() + ".age.part", 0);
                    default -> new Trap("MOVE", b.id() + ".age.part", 0);
                };
                stops.add(kind + " of bundle " + b.sequence());
                server.arm(trap);
                SyncRound.Report cut = field.syncRound().run(true, null, null, null);
                assertFalse(server.armed(), "the server was not stopped at " + trap + ": " + cut);
                server.awaitStopped();
                assertEquals(i, delivered(field), "bundles before the stopped one are delivered: " + cut);
                SyncReport.Line failed = cut.delivered().lines().stream()
                        .filter(l -> l.outcome() == SyncReport.Outcome.FAILED).findFirst().orElseThrow();
                assertEquals(b.id(), failed.bundleId(), cut.toString());
                assertTrue(failed.error().contains("WebDAV http://127.0.0.1:" + port), failed.error());

                SyncRound.Report down = field.syncRound().run(true, null, null, null);
                assertTrue(down.delivered().lines().stream().noneMatch(l -> l.outcome() == SyncReport.Outcome.DELIVERED
                        || l.outcome() == SyncReport.Outcome.ALREADY_THERE), "the server is down: " + down);
                assertEquals(i, delivered(field));
                server.start();
                assertEquals(port, server.port(), "restarted on the same port");
            }
            SyncRound.Report rest = field.syncRound().run(true, null, null, null);
            assertTrue(rest.delivered().complete(), stops + ": " + rest);
            assertEquals(count, delivered(field));
            List<Path> onServer = SyncServiceTest.bundles(davRoot);
            assertEquals(count, onServer.size(), "each bundle exactly once: " + onServer);
            for (OutboxBundle b : queued) {
                assertTrue(Files.exists(davRoot.resolve("caravan").resolve(b.fileName())), b.fileName());
            }

            // Pull: stop the server while the desk downloads a bundle.
            int pulledBefore = 1 + (TORTURE ? random.nextInt(count - 1) : 1);
            OutboxBundle cutDownload = queued.get(pulledBefore);
            server.arm(new Trap("GET", cutDownload.id() + ".age", random.nextInt((int) cutDownload.size())));
            SyncRound.Report pulled = desk.syncRound().run(true, null, null, field.keys().device().fingerprint());
            assertFalse(server.armed(), "the download was not cut: " + pulled);
            server.awaitStopped();
            assertEquals(pulledBefore, pulled.pulled().count(Outcome.IMPORTED), pulled.toString());
            InboxService.Line cutLine = pulled.pulled().lines().get(pulledBefore);
            assertEquals(Outcome.FAILED, cutLine.outcome(), pulled.toString());
            assertTrue(cutLine.detail().contains(cutDownload.fileName()) && cutLine.detail().contains("broke off"),
                    cutLine.detail());
            assertEquals(pulledBefore, desk.interviews().list().size());
            assertTrue(desk.syncRound().run(true, null, null, null).pulled().lines().isEmpty(),
                    "an unreachable server is skipped");
            server.start();
            SyncRound.Report resumed = desk.syncRound().run(true, null, null, null);
            assertEquals(count - pulledBefore, resumed.pulled().count(Outcome.IMPORTED), resumed.toString());
            assertEquals(count, pulled.pulled().count(Outcome.IMPORTED) + resumed.pulled().count(Outcome.IMPORTED));
            assertTrue(resumed.pulled().lines().stream().noneMatch(l -> l.result() != null && l.result().alreadyImported()),
                    "nothing imported twice: " + resumed);
            assertEquals(Set.copyOf(interviews), desk.interviews().list().stream()
                    .map(InterviewSummary::id).collect(Collectors.toSet()));
            assertEquals(count, desk.interviews().list().size(), "every interview once at the desk");
            assertTrue(desk.syncRound().run(true, null, null, null).pulled().lines().isEmpty(), "nothing pulled twice");
            assertTrue(Fixtures.filesUnder(temp.resolve("desk")).stream()
                    .noneMatch(p -> p.getFileName().toString().startsWith(".caravan-inbox-")), "no download left behind");

            SyncRound.Report acks = field.syncRound().run(true, null, null, desk.keys().device().fingerprint());
            assertTrue(acks.pulled().count(Outcome.IMPORTED) >= 1, acks.toString());
            assertTrue(field.sync().outbox().stream().allMatch(b -> b.state() == BundleState.ACKNOWLEDGED),
                    "the desk acknowledged every bundle: " + field.sync().outbox());
            SyncServiceTest.bundles(davRoot);
        }
    }

    private static long delivered(VaultSession field) {
        return field.sync().outbox().stream().filter(b -> b.state() != BundleState.SEALED).count();
    }

    /** A new interview with an incompressible attachment, sealed into its own bundle. */
    private static UUID sealOne(VaultSession field, int n, Random random) throws Exception {
        Interview saved = field.interviews().save(Fixtures.consentedInterview(field).toBuilder()
                .transcript("Интервью " + n + ": уехали через Верхний Ларс.").build());
        byte[] scan = new byte[ATTACHMENT];
        random.nextBytes(scan);
        field.attachments().add(saved.id(), "consent-" + n + ".pdf", null, new ByteArrayInputStream(scan), scan.length,
                null);
        assertTrue(field.bundles().seal(List.of(), false, null).isPresent());
        return saved.id();
    }
}
