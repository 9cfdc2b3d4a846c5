package app.caravan.ui;

import app.caravan.app.LocalVaultService;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultLocations;
import app.caravan.app.VaultService;
import app.caravan.ui.bench.FirstFrame;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.shell.ShellConfig;
import app.caravan.ui.smoke.SmokeTest;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app and the UI's composition root: the only place that names the real vault
 * service. {@code app.caravan.Caravan} calls {@link #run} when the jar starts without a command.
 */
public final class DesktopApp extends Application {
    /** Application.launch creates the instance itself, so the directory travels through here. */
    private static volatile Path vaultDirectory;

    private CaravanShell shell;

    /** The vault service the desktop app runs on; tests use it to exercise the real wiring. */
    public static VaultService productionVaultService() {
        return new LocalVaultService();
    }

    public static void run(Path directory) {
        vaultDirectory = directory == null ? VaultLocations.defaultDirectory() : directory;
        Application.launch(DesktopApp.class);
    }

    /** {@code caravan --smoke-test OUT.png}: the exit code of a headless start-and-snapshot run. */
    public static int smokeTest(Path out) {
        return SmokeTest.run(productionVaultService(), out, System.out, System.err);
    }

    @Override
    public void start(Stage stage) {
        Path directory = vaultDirectory == null ? VaultLocations.defaultDirectory() : vaultDirectory;
        shell = new CaravanShell(new ShellConfig(productionVaultService(), directory, Locale.getDefault(),
                getHostServices()::showDocument), null, PreferencesFile.inUserConfig());
        shell.start(stage);
        if (FirstFrame.requested()) {
            FirstFrame.reportThenExit(stage);
        }
    }

    /** Last resort when the toolkit exits some other way: still save and lock before the JVM ends. */
    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdownNow();
        }
    }
}
