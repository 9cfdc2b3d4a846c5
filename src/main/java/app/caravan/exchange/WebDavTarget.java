package app.caravan.exchange;

import app.caravan.domain.Problem;
import app.caravan.exchange.DeliveryException.Kind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * A WebDAV collection (Nextcloud, ownCloud, rclone, any server): MKCOL the collection and the
 * folders of a nested name if needed, PUT the bundle under a temporary name, check its size with
 * HEAD, then MOVE it to the final name with {@code Overwrite: F}, so the server refuses rather
 * than replaces an existing bundle.
 */
public final class WebDavTarget implements DeliveryTarget {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Per request; a PUT of a large bundle on a slow link is allowed its own, longer limit. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** For {@link #reachable}: connect and answer together, so a check never holds a sync round up long. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final URI collection;
    private final String authorization;
    private final HttpClient http;
    private final Duration uploadTimeout;
    /** How long a download may go without a byte before it is dropped (see {@link StallGuard}). */
    Duration downloadIdle = REQUEST_TIMEOUT;

    /**
     * @param collection the folder URL; a trailing slash is added when missing
     * @param password wiped by the caller; only its Basic header encoding is kept while delivering
     */
    public WebDavTarget(URI collection, String user, char[] password) {
        this.collection = URI.create(collection.toString().endsWith("/") ? collection.toString()
                : collection + "/");
        this.authorization = user == null ? null : basic(user, password == null ? new char[0] : password);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.uploadTimeout = Duration.ofMinutes(30);
    }

    @Override
    public String label() {
        return "WebDAV " + collection;
    }

    @Override
    public Result deliver(String finalName, long size, String sha256, Content content, LongConsumer progress)
            throws DeliveryException {
        List<String> segments = RelativePath.file(finalName);
        URI target = resolve(segments, false);
        List<String> part = new ArrayList<>(segments);
        part.set(part.size() - 1, part.get(part.size() - 1) + FolderTarget.TEMPORARY_SUFFIX);
        URI temporary = resolve(part, false);
        makeCollection();
        for (int level = 1; level < segments.size(); level++) {
            URI folder = resolve(segments.subList(0, level), true);
            HttpResponse<Void> made = send(request(folder).method("MKCOL", BodyPublishers.noBody()),
                    Problem.of("webdav.doing.createFolder", folder.getPath()));
            check(made, Problem.of("webdav.doing.createFolder", folder.getPath()), 201, 405, 301);
        }
        if (exists(target).isPresent()) {
            return alreadyThere(target, finalName, size, sha256);
        }
        boolean uploaded = false;
        try {
            put(temporary, finalName, size, content, progress);
            uploaded = true;
            OptionalLong stored = exists(temporary);
            if (stored.isEmpty() || stored.getAsLong() != size) {
                throw new DeliveryException(Kind.FAILED, stored.isEmpty()
                        ? Problem.of("delivery.heldNothing", label(), finalName, size)
                        : Problem.of("delivery.heldBytes", label(), stored.getAsLong(), finalName, size));
            }
            HttpResponse<Void> moved = send(request(temporary).method("MOVE", BodyPublishers.noBody())
                    .header("Destination", target.toString()).header("Overwrite", "F"),
                    Problem.of("webdav.doing.move", finalName));
            int status = moved.statusCode();
            if (status == 412) {
                // Another run got the bundle there first: fine only when it is the same bytes.
                return alreadyThere(target, finalName, size, sha256);
            }
            check(moved, Problem.of("webdav.doing.moveFinal", finalName), 201, 204);
            uploaded = false;
            return Result.DELIVERED;
        } finally {
            if (uploaded) {
                deleteQuietly(temporary);
            }
        }
    }

    @Override
    public boolean reachable() {
        try {
            HttpResponse<Void> answer = http.send(request(collection).timeout(PROBE_TIMEOUT).header("Depth", "0")
                    .method("PROPFIND", BodyPublishers.ofString(Multistatus.PROPFIND_BODY))
                    .header("Content-Type", "application/xml; charset=utf-8").build(), BodyHandlers.discarding());
            int status = answer.statusCode();
            // 404: the server is there; the collection is made by the first delivery.
            return status >= 200 && status < 300 || status == 404;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public List<String> list(String path) throws DeliveryException {
        URI folder = resolve(RelativePath.folder(path), true);
        Problem doing = Problem.of("webdav.doing.list", FolderTarget.shown(path));
        HttpResponse<InputStream> answer = sendStreamed(request(folder).header("Depth", "1")
                .method("PROPFIND", BodyPublishers.ofString(Multistatus.PROPFIND_BODY))
                .header("Content-Type", "application/xml; charset=utf-8"), doing);
        try (InputStream body = answer.body()) {
            if (answer.statusCode() == 404) {
                return List.of();
            }
            check(answer, doing, 207);
            List<String> names = new ArrayList<>();
            for (Multistatus.Child child : Multistatus.children(body, folder)) {
                if (!child.collection() && child.name().endsWith(".age") && RelativePath.isSegment(child.name())) {
                    names.add(child.name());
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.failed", label(), doing, e.getMessage()), e);
        }
    }

    @Override
    public InputStream fetch(String path) throws DeliveryException {
        URI file = resolve(RelativePath.file(path), false);
        HttpResponse<InputStream> answer = sendStreamed(request(file).GET(), Problem.of("webdav.doing.read", path));
        if (answer.statusCode() == 200) {
            return new StallGuard(answer.body(), downloadIdle, label() + ": reading " + path);
        }
        try {
            answer.body().close();
        } catch (IOException e) {
            // The answer is an error either way; the connection is dropped.
        }
        if (answer.statusCode() == 404) {
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.missing", label(), path));
        }
        throw refused(answer.statusCode(), Problem.of("webdav.doing.read", path));
    }

    private HttpResponse<InputStream> sendStreamed(HttpRequest.Builder request, Problem doing)
            throws DeliveryException {
        try {
            return http.send(request.build(), BodyHandlers.ofInputStream());
        } catch (IOException | UncheckedIOException e) {
            throw failure(e, doing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.interrupted", label(), doing));
        }
    }

    private void makeCollection() throws DeliveryException {
        makeCollection(collection);
    }

    /** MKCOL, and on 409 (a missing parent) the parents first, as "mkdir -p" would. */
    private void makeCollection(URI folder) throws DeliveryException {
        HttpResponse<Void> made = send(request(folder).method("MKCOL", BodyPublishers.noBody()),
                Problem.of("webdav.doing.createFolder", folder.getPath()));
        URI parent = folder.resolve("..");
        if (made.statusCode() == 409 && !parent.getPath().equals(folder.getPath()) && !folder.getPath().equals("/")) {
            makeCollection(parent);
            made = send(request(folder).method("MKCOL", BodyPublishers.noBody()),
                    Problem.of("webdav.doing.createFolder", folder.getPath()));
        }
        // 405: it already exists (RFC 4918 9.3.1); some servers answer 301 to add the trailing slash.
        check(made, Problem.of("webdav.doing.createFolder", folder.getPath()), 201, 405, 301);
    }

    /** The size of the resource, or empty when there is none. */
    private OptionalLong exists(URI uri) throws DeliveryException {
        HttpResponse<Void> head = send(request(uri).method("HEAD", BodyPublishers.noBody()),
                Problem.of("webdav.doing.check", uri));
        if (head.statusCode() == 404) {
            return OptionalLong.empty();
        }
        check(head, Problem.of("webdav.doing.check", uri), 200);
        return head.headers().firstValueAsLong("Content-Length");
    }

    private Result alreadyThere(URI target, String finalName, long size, String sha256) throws DeliveryException {
        try {
            HttpResponse<InputStream> got = http.send(request(target).GET().build(), BodyHandlers.ofInputStream());
            try (InputStream in = got.body()) {
                if (got.statusCode() == 200 && Digests.summarize(in).matches(size, sha256)) {
                    return Result.ALREADY_THERE;
                }
            }
            check(got, Problem.of("webdav.doing.readBack", finalName), 200);
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.different", label(), finalName));
        } catch (IOException e) {
            throw failure(e, Problem.of("webdav.doing.readBack", finalName));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.interrupted", label(),
                    Problem.of("webdav.doing.readBack", finalName)));
        }
    }

    private void put(URI temporary, String finalName, long size, Content content, LongConsumer progress)
            throws DeliveryException {
        HttpRequest.BodyPublisher body = BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> {
            try {
                return new Counting(content.open(), progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), size);
        HttpResponse<Void> put = send(request(temporary).timeout(uploadTimeout).PUT(body)
                .header("Content-Type", "application/octet-stream"), Problem.of("webdav.doing.upload", finalName));
        check(put, Problem.of("webdav.doing.upload", finalName), 201, 204, 200);
    }

    private void deleteQuietly(URI uri) {
        try {
            http.send(request(uri).DELETE().build(), BodyHandlers.discarding());
        } catch (IOException e) {
            // The temporary name is overwritten by the next attempt's PUT.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<Void> send(HttpRequest.Builder request, Problem doing) throws DeliveryException {
        try {
            return http.send(request.build(), BodyHandlers.discarding());
        } catch (IOException | UncheckedIOException e) {
            throw failure(e, doing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.interrupted", label(), doing));
        }
    }

    private DeliveryException failure(Exception e, Problem doing) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException
                || e.getCause() instanceof ConnectException) {
            return new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.unreachable", label(), doing,
                    describe(e)), e);
        }
        if (e instanceof HttpTimeoutException) {
            return new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.timeout", label(), doing), e);
        }
        return new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.connectionFailed", label(), doing,
                describe(e)), e);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private void check(HttpResponse<?> response, Problem doing, int... expected) throws DeliveryException {
        int status = response.statusCode();
        for (int ok : expected) {
            if (status == ok) {
                return;
            }
        }
        throw refused(status, doing);
    }

    private DeliveryException refused(int status, Problem doing) {
        if (status == 401 || status == 403) {
            return new DeliveryException(Kind.AUTH_REFUSED, Problem.of("delivery.authRefused", label(), status,
                    doing));
        }
        Problem problem = switch (status) {
            case 404, 409 -> Problem.of("delivery.http.noParent", label(), status, doing);
            case 507 -> Problem.of("delivery.http.full", label(), status, doing);
            default -> Problem.of("delivery.http", label(), status, doing);
        };
        return new DeliveryException(Kind.FAILED, problem);
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL of a checked relative path; a folder's ends in '/', as WebDAV collections do. */
    private URI resolve(List<String> segments, boolean folder) {
        StringBuilder relative = new StringBuilder();
        for (String segment : segments) {
            if (relative.length() > 0) {
                relative.append('/');
            }
            relative.append(encode(segment));
        }
        if (folder && !segments.isEmpty()) {
            relative.append('/');
        }
        return collection.resolve(relative.toString());
    }

    private static String basic(String user, char[] password) {
        CharBuffer joined = CharBuffer.allocate(user.length() + 1 + password.length);
        joined.put(user).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(joined);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(joined.array(), '\0');
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    /** Reports the bytes read so far, i.e. handed to the connection. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long total;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                total += n;
                progress.accept(total);
            }
            return n;
        }
    }
}
