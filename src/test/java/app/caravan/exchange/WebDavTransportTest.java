package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link WebDavTarget} against Tomcat's WebdavServlet behind Basic auth on 127.0.0.1. */
class WebDavTransportTest extends TransportContract {
    static final String USER = "desk";
    static final String PASSWORD = "пароль-42";

    WebDavServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new WebDavServer(temp.resolve("dav"), temp.resolve("tomcat"), USER, PASSWORD);
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    DeliveryTarget target() {
        return new WebDavTarget(server.url("field/outbox/"), USER, PASSWORD.toCharArray());
    }

    @Override
    Path root() {
        return temp.resolve("dav").resolve("field").resolve("outbox");
    }

    @Override
    DeliveryTarget unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new WebDavTarget(URI.create("http://127.0.0.1:" + closedPort + "/field/"), USER,
                PASSWORD.toCharArray());
    }

    @Test
    void aServerThatAnswersIsReachableBeforeTheCollectionExists() throws Exception {
        WebDavTarget fresh = new WebDavTarget(server.url("not/yet/"), USER, PASSWORD.toCharArray());
        assertTrue(fresh.reachable());
        assertEquals(List.of(), fresh.list(""), "a collection that does not exist yet lists empty");
        assertFalse(Files.exists(temp.resolve("dav").resolve("not")));
    }

    @Test
    void aStoppedServerIsNotReachable() throws Exception {
        DeliveryTarget target = target();
        assertTrue(target.reachable());
        server.close();
        server = null;
        assertFalse(target.reachable());
        DeliveryException e = assertThrows(DeliveryException.class, () -> target.list(""));
        assertEquals(DeliveryException.Kind.UNREACHABLE, e.kind(), e.getMessage());
    }

    @Test
    void wrongPasswordIsRefusedWhenListingAndFetching() throws Exception {
        deliver(target(), "a.age", new byte[] {7});
        WebDavTarget wrong = new WebDavTarget(server.url("field/outbox/"), USER, "wrong".toCharArray());
        assertEquals(DeliveryException.Kind.AUTH_REFUSED,
                assertThrows(DeliveryException.class, () -> wrong.list("")).kind());
        assertEquals(DeliveryException.Kind.AUTH_REFUSED,
                assertThrows(DeliveryException.class, () -> wrong.fetch("a.age")).kind());
    }
}
