package app.caravan.app;

import jakarta.servlet.Filter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Tomcat's WebdavServlet on 127.0.0.1 that a test can stop in the middle of one chosen request
 * and start again on the same port over the same folder, as a Nextcloud restarted for an update
 * would be. The trap stops the whole server from inside the request: a PUT after some bytes of
 * its body were stored, a GET after some bytes of the answer were sent, a MOVE after the server
 * moved the file but before the client heard so. The request's thread then waits for the stop,
 * so the client sees its connection closed, not an error status.
 */
final class RestartableWebDav implements AutoCloseable {
    /** Where to stop: the first request with this method whose path contains {@code nameContains}. */
    record Trap(String method, String nameContains, long afterBytes) {
    }

    private final Path root;
    private final Path work;
    private final AtomicReference<Trap> armed = new AtomicReference<>();
    private volatile Tomcat tomcat;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private int port;

    RestartableWebDav(Path root, Path work) throws LifecycleException, IOException {
        this.root = Files.createDirectories(root);
        this.work = work;
        start();
    }

    /** Starts the server: on a free port the first time, then on the port it had. */
    synchronized void start() throws LifecycleException {
        Tomcat t = new Tomcat();
        t.setBaseDir(work.toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        // The trapped request waits for the stop; the stop need not wait long for it in turn.
        connector.setProperty("executorTerminationTimeoutMillis", "100");
        t.setConnector(connector);
        t.setHostname("127.0.0.1");
        Context context = t.addContext("", root.toString());
        // These leak checks need --add-opens into the JDK and only warn without them; a test
        // server has no web application to leak, so they are off instead of cluttering the log.
        org.apache.catalina.core.StandardContext standard = (org.apache.catalina.core.StandardContext) context;
        standard.setClearReferencesObjectStreamClassCaches(false);
        standard.setClearReferencesThreadLocals(false);
        standard.setClearReferencesRmiTargets(false);
        standard.setUnloadDelay(100);
        Wrapper servlet = Tomcat.addServlet(context, "webdav", new WebdavServlet());
        servlet.addInitParameter("readonly", "false");
        servlet.addInitParameter("listings", "true");
        context.addServletMappingDecoded("/*", "webdav");
        FilterDef def = new FilterDef();
        def.setFilterName("trap");
        def.setFilter(trapFilter());
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("trap");
        map.addURLPattern("/*");
        context.addFilterMap(map);
        t.start();
        port = connector.getLocalPort();
        tomcat = t;
        stopped = new CountDownLatch(1);
    }

    int port() {
        return port;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    /** Arms a one-shot trap for the next matching request. */
    void arm(Trap trap) {
        armed.set(trap);
    }

    /** Whether the armed trap has not fired yet. */
    boolean armed() {
        return armed.get() != null;
    }

    /** Waits until a fired trap has stopped the server. */
    void awaitStopped() throws InterruptedException {
        if (!stopped.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the WebDAV server did not stop");
        }
    }

    private Filter trapFilter() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            Trap trap = armed.get();
            boolean hit = trap != null && trap.method().equals(http.getMethod())
                    && http.getRequestURI().contains(trap.nameContains()) && armed.compareAndSet(trap, null);
            if (!hit) {
                chain.doFilter(request, response);
                return;
            }
            switch (trap.method()) {
                case "PUT" -> chain.doFilter(new CutRequest(http, trap.afterBytes()), response);
                case "GET" -> chain.doFilter(request, new CutResponse((HttpServletResponse) response,
                        trap.afterBytes()));
                default -> {
                    chain.doFilter(request, response);
                    haltAndWait();
                }
            }
        };
    }

    /** Stops the server from another thread and waits for it, so this request never answers. */
    private void haltAndWait() throws IOException {
        Tomcat t = tomcat;
        CountDownLatch done = stopped;
        Thread stopper = new Thread(() -> {
            try {
                t.stop();
                t.destroy();
            } catch (LifecycleException e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        }, "webdav-stopper");
        stopper.start();
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("the test stopped the server in the middle of this request");
    }

    @Override
    public synchronized void close() throws LifecycleException {
        Tomcat t = tomcat;
        if (stopped.getCount() > 0) {
            t.stop();
            t.destroy();
            stopped.countDown();
        }
    }

    /** The request body up to {@code limit} bytes; then the server stops. */
    private final class CutRequest extends HttpServletRequestWrapper {
        private final long limit;

        CutRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read >= limit) {
                        haltAndWait();
                    }
                    int n = in.read(b, off, (int) Math.min(len, limit - read));
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** The answer up to {@code limit} bytes, flushed; then the server stops. */
    private final class CutResponse extends HttpServletResponseWrapper {
        private final long limit;

        CutResponse(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream out = super.getOutputStream();
            return new ServletOutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    int n = (int) Math.min(len, Math.max(0, limit - written));
                    out.write(b, off, n);
                    written += n;
                    if (n < len) {
                        out.flush();
                        haltAndWait();
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
    }
}
