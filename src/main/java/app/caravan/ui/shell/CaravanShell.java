package app.caravan.ui.shell;

import app.caravan.app.VaultSession;
import app.caravan.ui.common.BackgroundExecutor;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.FxDialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.main.MainWindow;
import app.caravan.ui.unlock.UnlockFlow;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Builds the whole desktop UI into a stage: unlock screens first, the main window once a vault
 * is open, back to unlocking on Lock. Tests start it directly; {@code DesktopApp} wires it to
 * the real vault service.
 */
public final class CaravanShell {
    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 720;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final ShellConfig config;
    private final I18n i18n;
    private final ExecutorService executor = BackgroundExecutor.create();
    private DialogService dialogs;
    private Stage stage;
    private Scene scene;
    private MainWindow mainWindow;
    /** The vault last unlocked; Lock returns to its unlock screen even if it is not the configured one. */
    private Path lastDirectory;

    public CaravanShell(ShellConfig config) {
        this(config, null);
    }

    /** With the dialogs given (tests answer them without windows). */
    public CaravanShell(ShellConfig config, DialogService dialogs) {
        this.config = config;
        this.i18n = new I18n(config.locale());
        this.dialogs = dialogs;
        this.lastDirectory = config.vaultDirectory();
    }

    /** The theme is global to the JavaFX runtime; set it before the first scene is shown. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public void start(Stage stage) {
        this.stage = stage;
        applyTheme();
        if (dialogs == null) {
            dialogs = new FxDialogService(stage, i18n, config.showDocument());
        }
        scene = new Scene(unlockFlow(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(getClass().getResource(UiStyles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(i18n.get("app.name"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnCloseRequest(event -> {
            if (mainWindow != null) {
                // Keep the window until pending edits are stored and the vault is locked.
                event.consume();
                shutdown().thenRun(stage::hide);
            }
        });
        // Like Cryptomator: whatever passphrase is still typed somewhere is wiped when the window goes.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> scene.getRoot().lookupAll(".password-field")
                .forEach(node -> ((PasswordField) node).clear()));
        stage.show();
    }

    /**
     * Saves, locks the open vault (if any) and stops the worker threads. Completes on the FX
     * thread; the stage stays as it is.
     */
    public CompletableFuture<Void> shutdown() {
        CompletableFuture<Void> done = mainWindow == null ? CompletableFuture.completedFuture(null)
                : mainWindow.closeSession();
        return done.thenRun(() -> {
            mainWindow = null;
            executor.shutdown();
        });
    }

    /** At process exit, when the FX thread runs no more callbacks: save and lock right here. */
    public void shutdownNow() {
        if (mainWindow != null) {
            mainWindow.closeNow();
            mainWindow = null;
        }
        executor.shutdown();
    }

    public Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(mainWindow);
    }

    public I18n i18n() {
        return i18n;
    }

    private Parent unlockFlow() {
        return new UnlockFlow(config.vaultService(), lastDirectory, config.vaultDirectory(), executor, dialogs, i18n,
                this::unlocked);
    }

    private void unlocked(VaultSession session) {
        lastDirectory = session.directory();
        SessionContext context = new SessionContext(session, executor, dialogs, i18n);
        startAutoSync(session);
        mainWindow = new MainWindow(context, this::locked);
        scene.setRoot(mainWindow);
    }

    /** Syncs by itself from now until the session closes (lock, exit); a session without sync is left alone. */
    private static void startAutoSync(VaultSession session) {
        try {
            session.autoSync().start();
        } catch (UnsupportedOperationException e) {
            // Test doubles of VaultSession have no sync.
        }
    }

    private void locked() {
        mainWindow = null;
        scene.setRoot(unlockFlow());
    }
}
