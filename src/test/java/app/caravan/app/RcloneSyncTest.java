package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.SyncService.SealedBundle;
import app.caravan.domain.OutboxBundle;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same delivery against another real WebDAV server: {@code rclone serve webdav}, when installed. */
class RcloneSyncTest {
    @TempDir
    Path temp;

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    void deliversToRcloneServeWebDav() throws Exception {
        if (!onPath("rclone")) {
            Assumptions.assumeTrue(false, "rclone not installed: apt-get install -y rclone");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path served = Files.createDirectories(temp.resolve("served"));
        Process rclone = new ProcessBuilder("rclone", "serve", "webdav", served.toString(), "--addr",
                "127.0.0.1:" + port, "--user", "desk", "--pass", "rclone-secret")
                .redirectErrorStream(true).redirectOutput(temp.resolve("rclone.log").toFile()).start();
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase())) {
            waitForPort(port, rclone);
            byte[] content = SyncServiceTest.bytes(1_200_000, 21);
            OutboxBundle bundle = session.sync().enqueue(new SealedBundle(UUID.randomUUID(), "field-1", 1,
                    content.length, SyncServiceTest.sha256(content)), new ByteArrayInputStream(content));
            session.sync().addWebDav(URI.create("http://127.0.0.1:" + port + "/desk/"), "desk",
                    "rclone-secret".toCharArray());

            SyncReport report = session.sync().deliver(true, null, null);

            assertTrue(report.complete(), report.toString());
            assertArrayEquals(content, Files.readAllBytes(served.resolve("desk").resolve(bundle.fileName())));
            assertTrue(session.sync().deliver(true, null, null).lines().isEmpty());
            SyncServiceTest.bundles(served);
        } finally {
            rclone.destroy();
            rclone.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** rclone needs a moment to listen; the wait ends with the process or after 20 s. */
    private static void waitForPort(int port, Process process) throws Exception {
        for (int i = 0; i < 200 && process.isAlive(); i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("rclone serve webdav did not start on port " + port);
    }
}
