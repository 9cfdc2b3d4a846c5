package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.SyncReport.Outcome;
import app.caravan.app.SyncService.SealedBundle;
import app.caravan.domain.BundleState;
import app.caravan.domain.OutboxBundle;
import app.caravan.exchange.WebDavServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against a real folder and a real WebDAV server (Tomcat's WebdavServlet on 127.0.0.1). */
class SyncServiceTest {
    static final String USER = "desk";
    static final String PASSWORD = "пароль-42";

    @TempDir
    Path temp;
    Path vaultDir;
    VaultSession session;
    WebDavServer server;
    Path davRoot;

    @BeforeEach
    void open() throws Exception {
        vaultDir = temp.resolve("vault");
        session = Fixtures.fastVaults().create(vaultDir, Fixtures.passphrase());
        davRoot = temp.resolve("dav");
        server = new WebDavServer(davRoot, temp.resolve("tomcat"), USER, PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        server.close();
    }

    static byte[] bytes(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    OutboxBundle enqueue(long seq, byte[] content) throws Exception {
        return session.sync().enqueue(new SealedBundle(UUID.randomUUID(), "field-1", seq, content.length,
                sha256(content)), new ByteArrayInputStream(content));
    }

    /** The finished .age files under {@code root} (recursively), asserting no temporary file is left. */
    static List<Path> bundles(Path root) {
        List<Path> files = Fixtures.filesUnder(root);
        assertTrue(files.stream().noneMatch(f -> f.toString().endsWith(".part")), "temporary leftovers: " + files);
        return files;
    }

    static void assertHolds(Path file, byte[] content) throws IOException {
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(file)), file + " differs from the bundle");
    }

    @Test
    void deliversToAFolderAndWebDavOnceAndSyncingAgainDoesNothing() throws Exception {
        byte[] big = bytes(2_600_000, 1);
        byte[] small = bytes(1000, 2);
        OutboxBundle first = enqueue(1, big);
        OutboxBundle second = enqueue(2, small);
        Path folder = Files.createDirectories(temp.resolve("usb"));
        session.sync().addFolder(folder);
        session.sync().addWebDav(server.url("desk/inbox"), USER, PASSWORD.toCharArray());
        List<SyncService.Progress> progress = new ArrayList<>();

        SyncReport report = session.sync().deliver(true, progress::add, null);

        assertTrue(report.complete(), report.toString());
        assertEquals(4, report.lines().size());
        assertTrue(report.lines().stream().allMatch(l -> l.outcome() == Outcome.DELIVERED), report.toString());
        assertHolds(folder.resolve(first.fileName()), big);
        assertHolds(folder.resolve(second.fileName()), small);
        assertHolds(davRoot.resolve("desk/inbox").resolve(first.fileName()), big);
        assertHolds(davRoot.resolve("desk/inbox").resolve(second.fileName()), small);
        assertEquals(2, bundles(folder).size());
        assertEquals(2, bundles(davRoot).size());
        assertTrue(session.sync().outbox().stream().allMatch(b -> b.state() == BundleState.DELIVERED));
        SyncService.Progress last = progress.get(progress.size() - 1);
        assertEquals(new SyncService.Progress(2L * (big.length + small.length), 2L * (big.length + small.length),
                4, 4), last);

        SyncReport again = session.sync().deliver(true, null, null);
        assertTrue(again.lines().isEmpty(), again.toString());
        assertEquals(2, bundles(davRoot).size());
    }

    @Test
    void aConnectionDroppedMidUploadLeavesTheBundleQueuedAndTheRetryDeliversExactlyOnce() throws Exception {
        byte[] content = bytes(1_500_000, 3);
        OutboxBundle bundle = enqueue(7, content);
        try (WebDavServer.DroppingProxy proxy = new WebDavServer.DroppingProxy(server.port(), 300_000)) {
            session.sync().addWebDav(URI.create("http://127.0.0.1:" + proxy.port() + "/inbox/"), USER,
                    PASSWORD.toCharArray());

            SyncReport failed = session.sync().deliver(true, null, null);

            assertTrue(proxy.dropped());
            assertEquals(Outcome.FAILED, failed.lines().get(0).outcome(), failed.toString());
            assertTrue(failed.firstError().contains("WebDAV http://127.0.0.1:" + proxy.port() + "/inbox/"),
                    failed.firstError());
            assertEquals(BundleState.SEALED, session.sync().outbox().get(0).state());
            assertTrue(Fixtures.filesUnder(davRoot).stream().noneMatch(f -> f.endsWith(bundle.fileName())));

            // The backoff is kept: an automatic run waits, an explicit one goes now.
            SyncReport waiting = session.sync().deliver(false, null, null);
            assertEquals(Outcome.WAITING, waiting.lines().get(0).outcome(), waiting.toString());

            SyncReport retried = session.sync().deliver(true, null, null);

            assertEquals(Outcome.DELIVERED, retried.lines().get(0).outcome(), retried.toString());
            List<Path> files = bundles(davRoot);
            assertEquals(List.of(davRoot.resolve("inbox").resolve(bundle.fileName())), files);
            assertHolds(files.get(0), content);
        }
    }

    @Test
    void aServerThatIsDownKeepsEverythingQueuedInOrder() throws Exception {
        enqueue(1, bytes(100, 4));
        enqueue(2, bytes(100, 5));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        session.sync().addWebDav(URI.create("http://127.0.0.1:" + closedPort + "/dav"), USER, new char[] {'x'});
        session.sync().addFolder(temp.resolve("unplugged-stick"));

        SyncReport report = session.sync().deliver(true, null, null);

        assertEquals(2, report.queued());
        List<Outcome> outcomes = report.lines().stream().map(SyncReport.Line::outcome).toList();
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.BLOCKED, Outcome.BLOCKED), outcomes);
        String webdav = report.lines().stream().filter(l -> l.target().startsWith("webdav")).findFirst()
                .orElseThrow().error();
        String folder = report.lines().stream().filter(l -> l.target().startsWith("folder")).findFirst()
                .orElseThrow().error();
        assertTrue(webdav.contains("unreachable"), webdav);
        assertTrue(folder.contains("does not exist or is not mounted"), folder);
        assertTrue(session.sync().outbox().stream().allMatch(b -> b.state() == BundleState.SEALED));
    }

    @Test
    void aWrongPasswordIsReportedAsRefused() throws Exception {
        enqueue(1, bytes(100, 6));
        session.sync().addWebDav(server.url("inbox"), USER, "wrong".toCharArray());

        SyncReport report = session.sync().deliver(true, null, null);

        String error = report.firstError();
        assertTrue(error.contains("refused the user name or password (HTTP 401)"), error);
        assertTrue(error.startsWith("WebDAV " + server.url("inbox/")), error);
        assertEquals(1, report.queued());
    }

    @Test
    void stateSurvivesClosingTheVaultMidWayAndNothingIsDeliveredTwice() throws Exception {
        byte[] one = bytes(50_000, 7);
        byte[] two = bytes(60_000, 8);
        OutboxBundle first = enqueue(1, one);
        OutboxBundle second = enqueue(2, two);
        Path folder = Files.createDirectories(temp.resolve("usb"));
        session.sync().addFolder(folder);
        session.sync().addWebDav(server.url("inbox"), USER, PASSWORD.toCharArray());
        AtomicBoolean cancel = new AtomicBoolean();

        SyncReport partial = session.sync().deliver(true, p -> cancel.set(p.deliveriesDone() >= 2), cancel::get);

        assertEquals(1, partial.queued(), partial.toString());
        assertEquals(Outcome.CANCELLED, partial.lines().get(partial.lines().size() - 1).outcome());
        session.close();
        // As if the run had been killed after moving the second bundle but before recording it.
        Files.write(folder.resolve(second.fileName()), two);
        session = Fixtures.fastVaults().open(vaultDir, Fixtures.passphrase());
        assertEquals(List.of(BundleState.DELIVERED, BundleState.SEALED),
                session.sync().outbox().stream().map(OutboxBundle::state).toList());

        SyncReport resumed = session.sync().deliver(true, null, null);

        assertTrue(resumed.complete(), resumed.toString());
        // Targets added in the same millisecond come in either order: compare per target.
        assertEquals(2, resumed.lines().size(), resumed.toString());
        for (SyncReport.Line line : resumed.lines()) {
            assertEquals(line.target().startsWith("folder ") ? Outcome.ALREADY_THERE : Outcome.DELIVERED,
                    line.outcome(), line.toString());
        }
        assertEquals(2, bundles(folder).size());
        assertEquals(2, bundles(davRoot).size());
        assertHolds(davRoot.resolve("inbox").resolve(first.fileName()), one);
        assertHolds(davRoot.resolve("inbox").resolve(second.fileName()), two);
    }

    @Test
    void aDifferentFileUnderTheFinalNameIsNeverOverwritten() throws Exception {
        OutboxBundle bundle = enqueue(1, bytes(1000, 9));
        Path folder = Files.createDirectories(temp.resolve("usb"));
        Files.writeString(folder.resolve(bundle.fileName()), "someone else's file");
        session.sync().addFolder(folder);

        SyncReport report = session.sync().deliver(true, null, null);

        assertTrue(report.firstError().contains("already exists with a different content"), report.firstError());
        assertEquals("someone else's file", Files.readString(folder.resolve(bundle.fileName())));
    }

    @Test
    void contentThatDoesNotMatchItsAnnouncedHashOrSizeIsNotQueued() throws Exception {
        byte[] content = bytes(3000, 10);
        String wrong = sha256(bytes(3000, 11));
        assertThrows(IOException.class, () -> session.sync().enqueue(new SealedBundle(UUID.randomUUID(), "field-1", 1,
                content.length, wrong), new ByteArrayInputStream(content)));
        assertThrows(IOException.class, () -> session.sync().enqueue(new SealedBundle(UUID.randomUUID(), "field-1", 1,
                content.length + 1, sha256(content)), new ByteArrayInputStream(content)));
        assertTrue(session.sync().outbox().isEmpty());
        enqueue(1, content);
        assertThrows(IllegalArgumentException.class, () -> enqueue(1, content));
    }

    @Test
    void anAcknowledgedBundleIsNotDeliveredAgainAndItsBytesAreGone() throws Exception {
        OutboxBundle bundle = enqueue(1, bytes(1000, 12));
        session.sync().acknowledge(bundle.id());
        session.sync().addFolder(Files.createDirectories(temp.resolve("usb")));

        SyncReport report = session.sync().deliver(true, null, null);

        assertTrue(report.lines().isEmpty());
        assertEquals(BundleState.ACKNOWLEDGED, session.sync().outbox().get(0).state());
        assertThrows(NotFoundException.class, () -> session.sync().acknowledge(UUID.randomUUID()));
    }

    @Test
    void targetsAreListedAndRemovedAndPlainHttpIsOnlyForThisMachine() {
        var folder = session.sync().addFolder(temp.resolve("usb"));
        var dav = session.sync().addWebDav(server.url("inbox"), USER, PASSWORD.toCharArray());
        // Both added in the same millisecond may come in either order: the set is what counts.
        assertEquals(java.util.Set.of(folder, dav), java.util.Set.copyOf(session.sync().targets()));
        assertEquals(2, session.sync().targets().size());
        session.sync().removeTarget(folder.id());
        assertEquals(List.of(dav), session.sync().targets());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.sync()
                .addWebDav(URI.create("http://cloud.example.org/dav"), USER, new char[] {'x'}));
        assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    }

    @Test
    void backoffDoublesUpToSixHours() {
        assertEquals(Duration.ofSeconds(30), LocalSyncService.backoff(1));
        assertEquals(Duration.ofMinutes(1), LocalSyncService.backoff(2));
        assertEquals(Duration.ofMinutes(4), LocalSyncService.backoff(4));
        assertEquals(Duration.ofHours(6), LocalSyncService.backoff(1000));
    }
}
