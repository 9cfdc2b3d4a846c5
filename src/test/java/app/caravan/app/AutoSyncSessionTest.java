package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.BundleState;
import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's own automatic sync, as the app starts it: a bundle sealed while the stick is out
 * stays queued; once the stick is back, it is delivered without anyone pressing a button; the
 * switch, turned off, keeps it from running.
 */
class AutoSyncSessionTest {
    @TempDir
    Path temp;

    @Test
    void deliversByItselfWhenTheStickComesBackAndNotWhenSwitchedOff() throws Exception {
        Path stick = temp.resolve("stick");
        try (VaultSession field = Fixtures.fastVaults().create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = Fixtures.fastVaults().create(temp.resolve("desk"), Fixtures.passphrase())) {
            desk.review().setRole(Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            Files.createDirectories(stick);
            field.sync().addFolder(stick);
            Files.delete(stick); // unplugged
            Interview saved = Fixtures.consentedInterview(field);
            field.bundles().seal(List.of(), false, null).orElseThrow();

            field.settings().setSyncAutomatically(false);
            assertTrue(!field.settings().syncAutomatically());
            field.settings().setSyncAutomatically(true);
            field.autoSync().start();
            field.autoSync().trigger();
            Files.createDirectories(stick); // plugged in again
            waitFor(() -> field.sync().outbox().get(0).state() == BundleState.DELIVERED);
            assertEquals(1, Fixtures.filesUnder(stick).size());

            desk.sync().addFolder(stick);
            desk.autoSync().setPaused(true);
            desk.autoSync().start();
            desk.autoSync().trigger();
            desk.syncRound().run(true, null, null, field.keys().device().fingerprint());
            assertEquals(saved.id(), desk.interviews().list().get(0).id());
            assertTrue(desk.autoSync().lastRun().isEmpty(), "paused: no round of its own");
        }
    }

    /** Polls the vault; the bound only keeps a broken build from hanging. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "automatic sync did not deliver within a minute");
    }
}
