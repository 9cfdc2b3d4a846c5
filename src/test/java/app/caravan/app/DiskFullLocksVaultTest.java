package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the disk fills, H2 closes the database under the session. The vault then locks itself at
 * once (key wiped, lock file released) and says why once, instead of leaving an open session on
 * a closed database that answers everything with "database is closed" and keeps the vault busy
 * until the app is quit. Real size-limited file system ({@link SmallDisk}).
 */
class DiskFullLocksVaultTest {
    @TempDir
    Path temp;

    @Test
    void aFullDiskLocksTheVaultSaysWhyOnceAndLetsItBeUnlockedAgain() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 24)) {
            Path dir = disk.root().resolve("vault");
            Fixtures.fastVaults().create(dir, Fixtures.passphrase()).close();
            VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase());
            List<Problem> heard = new CopyOnWriteArrayList<>();
            session.onLost(heard::add);
            Interview kept = session.interviews().save(Fixtures.consentedInterview(session).toBuilder()
                    .transcript("saved before the disk filled").build());

            disk.leaveFree(0);
            RuntimeException failed = assertThrows(RuntimeException.class, () -> session.interviews().save(
                    kept.toBuilder().transcript("x".repeat(2_000_000)).build()));

            assertTrue(failed.getMessage().contains("full"), "the failed save says why: " + failed.getMessage());
            assertEquals(1, heard.size(), "told once that the vault closed: " + heard);
            assertEquals("vault.lost.diskFull", heard.get(0).key());
            assertEquals(dir, heard.get(0).args().get(0), "the reason names the vault");
            RuntimeException later = assertThrows(RuntimeException.class, () -> session.interviews().list());
            assertTrue(later.getMessage().contains("full") && later.getMessage().contains(dir.toString()),
                    "later calls say the vault closed and why: " + later.getMessage());
            assertEquals(1, heard.size(), "a later call does not announce it again");

            disk.makeRoom();
            // The old session is not closed yet: the vault must have let go of its lock by itself.
            try (VaultSession again = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
                List<InterviewSummary> listed = again.interviews().list();
                assertEquals(1, listed.size());
                assertEquals("saved before the disk filled", again.interviews().get(kept.id()).transcript());
            }
            session.close();
            assertFalse(heard.size() > 1, "closing the lost session is quiet");
        }
    }
}
