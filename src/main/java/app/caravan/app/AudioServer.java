package app.caravan.app;

import app.caravan.domain.Attachment;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Serves attachments to the desktop's media player over HTTP on 127.0.0.1, decrypted on the
 * fly, so audio plays and seeks without a plaintext file anywhere (ADR 0006). JavaFX's
 * MediaPlayer only plays files, jar entries and HTTP(S) URLs; this is the one of those that
 * keeps the content off the disk.
 *
 * <p>Threat model: any local process can connect to a loopback port, so every URL carries a
 * random 256-bit token made for this session; requests without it get 404 like any unknown
 * path. The Host header must name the loopback address (a web page using DNS rebinding cannot
 * produce that), no CORS headers are sent, responses say {@code no-store}. Nothing is logged
 * with a URL. The server starts on the first {@link #uri} and stops with the vault session.
 */
public final class AudioServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AudioServer.class.getName());
    private static final int COPY_BUFFER = 64 * 1024;

    private final AttachmentService attachments;
    private final String token;
    private HttpServer server;
    private ExecutorService executor;

    public AudioServer(AttachmentService attachments) {
        this.attachments = attachments;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * A URL the media player can open for the attachment, valid until the session closes.
     * Starts the server on first use.
     *
     * @throws NotFoundException when there is no such attachment
     */
    public synchronized URI uri(UUID attachmentId) throws IOException {
        attachments.get(attachmentId);
        start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + token + "/" + attachmentId);
    }

    /** Where the server listens, or null when it is not running. */
    public synchronized InetSocketAddress address() {
        return server == null ? null : server.getAddress();
    }

    /** Stops serving; every URL handed out stops working. Idempotent; {@link #uri} starts it again. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            executor = null;
        }
    }

    private void start() throws IOException {
        if (server != null) {
            return;
        }
        // 127.0.0.1 exactly, not "the loopback address", which may be ::1: the URLs name 127.0.0.1.
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer created = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "caravan-audio-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        created.setExecutor(executor);
        created.createContext("/", this::handle);
        created.start();
        server = created;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            UUID id = authorized(exchange);
            if (id == null) {
                sendEmpty(exchange, 404);
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendEmpty(exchange, 405);
                return;
            }
            Attachment attachment;
            try {
                attachment = attachments.get(id);
            } catch (NotFoundException e) {
                sendEmpty(exchange, 404);
                return;
            }
            serve(exchange, attachment, method.equals("HEAD"));
        } catch (IOException e) {
            // The player hung up (seeking does that all the time); nothing to report.
            LOG.fine("Audio request ended early: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.warning("Serving audio failed: " + e.getClass().getSimpleName());
        }
    }

    /** The attachment id when the path is /token/uuid and the Host is ours; else null. */
    private UUID authorized(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String expectedHost = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        if (!expectedHost.equals(host)) {
            return null;
        }
        String path = exchange.getRequestURI().getRawPath();
        String[] parts = path == null ? new String[0] : path.split("/", -1);
        if (parts.length != 3 || !parts[0].isEmpty() || !MessageDigest.isEqual(
                parts[1].getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return UUID.fromString(parts[2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void serve(HttpExchange exchange, Attachment attachment, boolean headOnly) throws IOException {
        long size = attachment.size();
        ByteRange range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), size);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", attachment.mediaType());
        headers.set("Accept-Ranges", "bytes");
        headers.set("Cache-Control", "no-store");
        headers.set("Pragma", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (range == ByteRange.UNSATISFIABLE) {
            headers.set("Content-Range", "bytes */" + size);
            sendEmpty(exchange, 416);
            return;
        }
        long start = range == null ? 0 : range.start();
        long length = range == null ? size : range.length();
        int status = range == null ? 200 : 206;
        if (range != null) {
            headers.set("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + size);
        }
        if (headOnly || length == 0) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length);
        try (InputStream in = attachments.open(attachment.id(), start); OutputStream out = exchange.getResponseBody()) {
            byte[] buffer = new byte[COPY_BUFFER];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("The attachment ended early");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /** One byte range of a {@code Range: bytes=…} header; several ranges are answered with the whole file. */
    record ByteRange(long start, long length) {
        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        /** Null when there is no usable Range header (serve everything), UNSATISFIABLE for 416. */
        static ByteRange parse(String header, long size) {
            if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
                return null;
            }
            String spec = header.substring("bytes=".length()).strip();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            try {
                String first = spec.substring(0, dash).strip();
                String last = spec.substring(dash + 1).strip();
                if (first.isEmpty()) {
                    long suffix = Long.parseLong(last);
                    if (suffix <= 0 || size == 0) {
                        return UNSATISFIABLE;
                    }
                    long start = Math.max(0, size - suffix);
                    return new ByteRange(start, size - start);
                }
                long start = Long.parseLong(first);
                long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
                if (start < 0 || start >= size) {
                    return UNSATISFIABLE;
                }
                if (end < start) {
                    return null;
                }
                return new ByteRange(start, end - start + 1);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
