package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.SyncTarget;
import app.caravan.exchange.WebDavServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SyncService#reachable} on targets stored in a real vault: a folder and a WebDAV server. */
class SyncReachableTest {
    @TempDir
    Path temp;
    VaultSession session;
    WebDavServer server;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        server = new WebDavServer(temp.resolve("dav"), temp.resolve("tomcat"), "desk", "secret");
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFolderIsReachableWhileItExists() throws Exception {
        Path stick = temp.resolve("stick");
        SyncTarget target = session.sync().addFolder(stick);
        assertFalse(session.sync().reachable(target.id()));
        Files.createDirectories(stick);
        assertTrue(session.sync().reachable(target.id()));
    }

    @Test
    void aWebDavServerIsReachableWhileItAnswers() throws Exception {
        SyncTarget target = session.sync().addWebDav(server.url("field/"), "desk", "secret".toCharArray());
        assertTrue(session.sync().reachable(target.id()), "answers 404 for a collection not made yet");
        server.close();
        server = null;
        assertFalse(session.sync().reachable(target.id()));
    }

    @Test
    void anUnknownTargetIsNotFound() {
        UUID unknown = UUID.randomUUID();
        NotFoundException e = assertThrows(NotFoundException.class, () -> session.sync().reachable(unknown));
        assertTrue(e.getMessage().contains(unknown.toString()), e.getMessage());
    }
}
