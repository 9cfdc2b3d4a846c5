package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.exchange.DeliveryException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link FolderTarget} on a real temporary folder. */
class FolderTransportTest extends TransportContract {
    @Override
    DeliveryTarget target() throws Exception {
        Files.createDirectories(root());
        return new FolderTarget(root());
    }

    @Override
    Path root() {
        return temp.resolve("stick");
    }

    @Override
    DeliveryTarget unreachable() {
        return new FolderTarget(temp.resolve("unplugged"));
    }

    @Test
    void theTargetFolderItselfIsNeverCreated() throws Exception {
        Path unplugged = temp.resolve("unplugged");
        FolderTarget target = new FolderTarget(unplugged);
        assertEquals(Kind.UNREACHABLE, assertThrows(DeliveryException.class,
                () -> deliver(target, "replies/x/y.age", new byte[] {1})).kind());
        assertEquals(Kind.UNREACHABLE, assertThrows(DeliveryException.class, () -> target.fetch("y.age")).kind());
        assertFalse(Files.exists(unplugged));

        Files.createDirectories(unplugged);
        assertTrue(target.reachable(), "plugged in");
        assertEquals(DeliveryTarget.Result.DELIVERED, deliver(target, "replies/x/y.age", new byte[] {1}));
    }
}
