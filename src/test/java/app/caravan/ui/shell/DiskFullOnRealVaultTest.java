package app.caravan.ui.shell;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.SmallDisk;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under an open vault fills (a real size-limited file system, {@link SmallDisk}): the
 * window does not stay on a closed database answering every click with an error; it goes back
 * to the unlock screen, which says why, and the vault unlocks again once there is room.
 */
class DiskFullOnRealVaultTest extends RealVaultUiTest {
    @TempDir
    Path temp;

    @Test
    void aFullDiskLocksTheWindowSaysWhyAndTheVaultUnlocksAgainWithRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 24)) {
            Path dir = disk.root().resolve("vault");
            LocalVaultService vaults = Fixtures.fastVaults();
            vaults.create(dir, Fixtures.passphrase()).close();
            unlock(vaults, dir, Locale.ENGLISH);

            disk.leaveFree(0);
            // A new interview is a write: the one that meets the full disk.
            press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

            waitUntil(() -> lookup("#unlockError").tryQuery().isPresent()
                    && textOf("#unlockError").contains("is full"));
            String notice = textOf("#unlockError");
            assertTrue(notice.contains(dir.toString()) && notice.contains("unlock the vault again"),
                    "the unlock screen names the vault and what to do: " + notice);
            assertFalse(lookup("#mainWindow").tryQuery().isPresent(), "the main window is gone");
            Screenshots.save(app.stage.getScene(), "90-disk-full-locked");
            assertTrue(app.dialogs.errors.isEmpty(), "no error dialog over the unlock screen: " + app.dialogs.errors);

            disk.makeRoom();
            click("#passphrase");
            write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
            ShellFixture.await(this, "#mainWindow");
            app.dispose();
            app = null;
        }
    }
}
