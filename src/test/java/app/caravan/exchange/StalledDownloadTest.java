package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A server that sends the headers and a few bytes of a bundle, then goes silent with the
 * connection open (a hostel Wi-Fi that stops passing packets): the download is dropped with a
 * reason instead of holding the sync round for ever.
 */
class StalledDownloadTest {
    @Test
    void aDownloadThatStopsSendingIsDroppedWithItsReason() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread silent = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[8192]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[10]);
                    out.flush();
                    done.await();
                } catch (IOException | InterruptedException e) {
                    // The test ends the connection; nothing to report.
                }
            });
            silent.setDaemon(true);
            silent.start();
            WebDavTarget target = new WebDavTarget(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/dav/"),
                    "desk", "secret".toCharArray());
            target.downloadIdle = Duration.ofMillis(400);

            // The bound only keeps a broken guard from hanging the build; it is not a speed target.
            IOException dropped = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (InputStream in = target.fetch("caravan-x-1-y.age")) {
                    return assertThrows(IOException.class, () -> in.readAllBytes());
                }
            });
            assertTrue(dropped.getMessage().contains("no data for") && dropped.getMessage().contains("caravan-x-1-y.age"),
                    dropped.getMessage());
        } finally {
            done.countDown();
        }
    }
}
