package app.caravan.ui.support;

import app.caravan.Fixtures;
import app.caravan.app.VaultService;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;

/**
 * A TestFX test that drives the real shell on a real vault: {@link #unlock} starts it on a vault
 * made with the fixtures' passphrase and waits for the main window; the shell goes with the test.
 * A test that closes it itself (to check the vault afterwards) sets {@link #app} to null.
 */
public abstract class RealVaultUiTest extends UiRobot {
    protected ShellFixture app;

    @AfterEach
    void disposeShell() {
        if (app != null) {
            app.dispose();
        }
    }

    /** Starts the shell on {@code dir}, types the passphrase and waits for the unlocked main window. */
    protected void unlock(VaultService vaults, Path dir, Locale locale) throws Exception {
        unlock(vaults, dir, locale, null);
    }

    /** As above, with the app's preferences stored in {@code preferences}. */
    protected void unlock(VaultService vaults, Path dir, Locale locale, app.caravan.app.PreferencesFile preferences)
            throws Exception {
        app = ShellFixture.start(vaults, dir, locale, preferences);
        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
        ShellFixture.await(this, "#mainWindow");
    }
}
