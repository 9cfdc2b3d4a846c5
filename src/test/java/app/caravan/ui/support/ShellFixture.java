package app.caravan.ui.support;

import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultService;
import app.caravan.ui.common.Ticker;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.shell.ShellConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app in a fresh stage of a fixed size, the way a person would see it. */
public final class ShellFixture {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 800;

    public final CaravanShell shell;
    public final Stage stage;
    public final RecordingDialogs dialogs;

    private ShellFixture(CaravanShell shell, Stage stage, RecordingDialogs dialogs) {
        this.shell = shell;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    public static ShellFixture start(VaultService vaults, Path directory, Locale locale) throws TimeoutException {
        return start(vaults, directory, locale, Ticker.system(), null);
    }

    /** With the auto-lock clock given (a {@link ManualTicker} to skip idle minutes). */
    public static ShellFixture start(VaultService vaults, Path directory, Locale locale, Ticker ticker)
            throws TimeoutException {
        return start(vaults, directory, locale, ticker, null);
    }

    /** With the app's preferences in {@code preferences} (a temporary folder's file, never the user's). */
    public static ShellFixture start(VaultService vaults, Path directory, Locale locale, PreferencesFile preferences)
            throws TimeoutException {
        return start(vaults, directory, locale, Ticker.system(), preferences);
    }

    /** With both the auto-lock clock and the preferences file given. */
    public static ShellFixture start(VaultService vaults, Path directory, Locale locale, Ticker ticker,
            PreferencesFile preferences)
            throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        RecordingDialogs dialogs = new RecordingDialogs();
        CaravanShell shell = new CaravanShell(new ShellConfig(vaults, directory, locale), dialogs, ticker, preferences);
        Stage stage = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Stage s = new Stage();
            shell.start(s);
            s.setWidth(WIDTH);
            s.setHeight(HEIGHT);
            s.setX(0);
            s.setY(0);
            s.toFront();
            return s;
        });
        return new ShellFixture(shell, stage, dialogs);
    }

    /** Shuts the app down the way the window's close button does, and waits until it is gone. */
    public void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    /** Closes without asking, for test cleanup (ignores a stage already closed). */
    public void dispose() {
        try {
            WaitForAsyncUtils.waitForAsyncFx(20_000, () -> shell.shutdown().thenRun(stage::hide));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        } catch (TimeoutException | RuntimeException e) {
            WaitForAsyncUtils.asyncFx(stage::hide);
        }
    }

    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
    }

    /** Waits until a node matching {@code query} is visible in any window. */
    public static <T extends Node> T await(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        return robot.lookup(query).query();
    }

    public static String text(FxRobot robot, String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ((Labeled) robot.lookup(query).query()).getText());
    }
}
