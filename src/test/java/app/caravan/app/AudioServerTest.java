package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Attachment;
import app.caravan.domain.Interview;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioServerTest {
    @TempDir
    Path temp;
    VaultSession session;
    Attachment audio;
    byte[] content;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        Interview interview = Fixtures.consentedInterview(session);
        content = AttachmentServiceTest.random(2_500_000);
        audio = session.attachments().add(interview.id(), "call.mp3", null, new ByteArrayInputStream(content), -1, null);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void servesTheWholeFileWithoutCachingHeaders() throws Exception {
        URI uri = session.audio().uri(audio.id());

        HttpResponse<byte[]> r = get(uri, null);

        assertEquals(200, r.statusCode());
        assertArrayEquals(content, r.body());
        assertEquals("audio/mpeg", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals("127.0.0.1", uri.getHost());
    }

    @Test
    void rangeRequestsSeekLikeAMediaPlayerDoes() throws Exception {
        URI uri = session.audio().uri(audio.id());

        HttpResponse<byte[]> middle = get(uri, "bytes=1048570-1048585");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 1048570-1048585/2500000", middle.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(content, 1048570, 1048586), middle.body());

        HttpResponse<byte[]> open = get(uri, "bytes=2000000-");
        assertEquals(206, open.statusCode());
        assertArrayEquals(Arrays.copyOfRange(content, 2_000_000, content.length), open.body());

        HttpResponse<byte[]> suffix = get(uri, "bytes=-100");
        assertArrayEquals(Arrays.copyOfRange(content, content.length - 100, content.length), suffix.body());

        HttpResponse<byte[]> beyond = get(uri, "bytes=2500000-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */2500000", beyond.headers().firstValue("Content-Range").orElseThrow());

        assertEquals(200, get(uri, "bytes=0-1,5-6").statusCode(), "several ranges: the whole file");

        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers
                .noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertEquals("2500000", head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void withoutTheTokenOrFromElsewhereThereIsNothing() throws Exception {
        URI uri = session.audio().uri(audio.id());
        String token = uri.getPath().split("/")[1];
        String base = "http://127.0.0.1:" + uri.getPort();

        assertEquals(404, get(URI.create(base + "/" + token.replace(token.charAt(3), token.charAt(3) == 'A' ? 'B' : 'A')
                + "/" + audio.id()), null).statusCode());
        assertEquals(404, get(URI.create(base + "/" + audio.id()), null).statusCode());
        assertEquals(404, get(URI.create(base + "/" + token + "/" + UUID.randomUUID()), null).statusCode());
        assertEquals(404, get(URI.create(base + "/" + token + "/" + audio.id() + "/x"), null).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, rawStatus(uri, "evil.example:" + uri.getPort()), "a rebinding page's Host is refused");
        assertEquals(200, rawStatus(uri, "127.0.0.1:" + uri.getPort()));
    }

    @Test
    void listensOnLoopbackOnlyAndStopsWithTheSession() throws Exception {
        URI uri = session.audio().uri(audio.id());
        InetSocketAddress address = session.audio().address();
        assertTrue(address.getAddress().isLoopbackAddress(), address.toString());

        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).toList();
        for (InetAddress other : others) {
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other, address.getPort()), 1000);
                }
            }, "reachable on " + other);
        }
        System.out.println("audio server checked unreachable on " + others.size() + " other interface address(es)");

        session.close();

        assertNull(session.audio().address());
        assertThrows(ConnectException.class, () -> get(uri, null));
    }

    private HttpResponse<byte[]> get(URI uri, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** HttpClient will not let us set Host; a raw request can. */
    private static int rawStatus(URI uri, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("HEAD " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
