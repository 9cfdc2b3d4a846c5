package app.caravan.exchange;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A real WebDAV server for tests: Tomcat's WebdavServlet (writable) embedded on 127.0.0.1 with a
 * random port, serving {@code root}; optionally behind Basic auth, checked by a filter.
 */
public final class WebDavServer implements AutoCloseable {
    private final Tomcat tomcat;
    private final int port;

    public WebDavServer(Path root, Path work, String user, String password) throws LifecycleException, IOException {
        Files.createDirectories(root);
        tomcat = new Tomcat();
        tomcat.setBaseDir(work.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.setHostname("127.0.0.1");
        Context context = tomcat.addContext("", root.toString());
        // These leak checks need --add-opens into the JDK and only warn without them; a test
        // server has no web application to leak, so they are off instead of cluttering the log.
        org.apache.catalina.core.StandardContext standard = (org.apache.catalina.core.StandardContext) context;
        standard.setClearReferencesObjectStreamClassCaches(false);
        standard.setClearReferencesThreadLocals(false);
        standard.setClearReferencesRmiTargets(false);
        Wrapper servlet = Tomcat.addServlet(context, "webdav", new WebdavServlet());
        servlet.addInitParameter("readonly", "false");
        servlet.addInitParameter("listings", "true");
        context.addServletMappingDecoded("/*", "webdav");
        if (user != null) {
            addFilter(context, basicAuth(user, password));
        }
        tomcat.start();
        port = connector.getLocalPort();
    }

    public int port() {
        return port;
    }

    /** The collection URL for {@code path} (e.g. "desk/inbox/"). */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    private static void addFilter(Context context, Filter filter) {
        FilterDef def = new FilterDef();
        def.setFilterName("auth");
        def.setFilter(filter);
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("auth");
        map.addURLPattern("/*");
        context.addFilterMap(map);
    }

    private static Filter basicAuth(String user, String password) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return (request, response, chain) -> {
            if (expected.equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                chain.doFilter(request, response);
            } else {
                HttpServletResponse http = (HttpServletResponse) response;
                http.setHeader("WWW-Authenticate", "Basic realm=\"caravan-test\"");
                http.sendError(401);
            }
        };
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    /**
     * A TCP proxy in front of a server that, once, cuts the connection (both directions) after
     * {@code dropAfter} bytes from the client: a server that vanishes in the middle of an upload.
     */
    public static final class DroppingProxy implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicBoolean armed = new AtomicBoolean(true);
        private final AtomicBoolean dropped = new AtomicBoolean();

        public DroppingProxy(int upstreamPort, long dropAfter) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                        pump(client, upstream, dropAfter);
                        pump(upstream, client, Long.MAX_VALUE);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "dropping-proxy");
            accept.setDaemon(true);
            accept.start();
        }

        public int port() {
            return server.getLocalPort();
        }

        public boolean dropped() {
            return dropped.get();
        }

        private void pump(Socket from, Socket to, long limit) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                long total = 0;
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > limit && armed.compareAndSet(true, false)) {
                            dropped.set(true);
                            from.close();
                            to.close();
                            return;
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // The other direction closed: the connection is over.
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "dropping-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        private static void closeQuietly(Socket s) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
