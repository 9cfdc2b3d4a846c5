package app.caravan.ui.shell;

import app.caravan.app.AppPreferences;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.domain.Problem;
import app.caravan.ui.common.Appearance;
import app.caravan.ui.common.BackgroundExecutor;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.FxDialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.SessionDialogs;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.Ticker;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.main.MainWindow;
import app.caravan.ui.unlock.UnlockFlow;
import app.caravan.ui.unlock.VaultErrors;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.stage.PopupWindow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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
    private I18n i18n;
    private final ExecutorService executor = BackgroundExecutor.create();
    private final AutoLock autoLock;
    /** A lock or destroy under way: the window is hidden, the session not yet closed. */
    private CompletableFuture<Void> locking = CompletableFuture.completedFuture(null);
    /** Where the preferences are stored; null keeps them for this run only (tests that are not about them). */
    private final PreferencesFile preferencesFile;
    private final Appearance appearance;
    private final AtomicReference<AppPreferences> unsaved = new AtomicReference<>();
    private AppPreferences applied;
    private VaultSession session;
    /** The open session's dialogs; ended at its lock, so that its late errors stay off the unlock screen. */
    private SessionDialogs sessionDialogs;
    private final boolean ownDialogs;
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
        this(config, dialogs, Ticker.system(), null);
    }

    /** With the clock of auto-lock given too (tests advance it instead of waiting minutes). */
    public CaravanShell(ShellConfig config, DialogService dialogs, Ticker ticker) {
        this(config, dialogs, ticker, null);
    }

    /** With the language, theme and title stored in {@code preferences} (read now, written on change). */
    public CaravanShell(ShellConfig config, DialogService dialogs, PreferencesFile preferences) {
        this(config, dialogs, Ticker.system(), preferences);
    }

    /** With both the auto-lock clock and the preferences file given. */
    public CaravanShell(ShellConfig config, DialogService dialogs, Ticker ticker, PreferencesFile preferences) {
        this.autoLock = new AutoLock(ticker, this::lock);
        this.config = config;
        this.preferencesFile = preferences;
        AppPreferences initial = preferences == null ? AppPreferences.defaults() : preferences.load();
        this.appearance = new Appearance(initial, this::preferencesChanged);
        this.applied = initial;
        this.i18n = new I18n(initial.locale(config.locale()));
        this.dialogs = dialogs;
        this.ownDialogs = dialogs == null;
        this.lastDirectory = config.vaultDirectory();
    }

    /** The light theme, for callers that show a window without preferences. */
    public static void applyTheme() {
        applyTheme(AppPreferences.Look.LIGHT);
    }

    /** The theme is global to the JavaFX runtime; set it before the first scene is shown. */
    public static void applyTheme(AppPreferences.Look look) {
        Application.setUserAgentStylesheet(look == AppPreferences.Look.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public void start(Stage stage) {
        show(stage, null);
    }

    /**
     * Starts straight into the main window of {@code session}, which the caller has unlocked
     * (the smoke test); from there on the shell owns the session like one it unlocked itself.
     */
    public void startUnlocked(Stage stage, VaultSession session) {
        show(stage, session);
    }

    private void show(Stage stage, VaultSession session) {
        this.stage = stage;
        applyTheme(appearance.current().look());
        if (dialogs == null) {
            dialogs = new FxDialogService(stage, i18n, config.showDocument());
        }
        scene = new Scene(session == null ? unlockFlow() : new StackPane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        if (session != null) {
            unlocked(session);
        }
        scene.getStylesheets().add(getClass().getResource(UiStyles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(appearance.current().title(i18n.get("app.name")));
        stage.getIcons().setAll(WindowIcons.load());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnCloseRequest(event -> {
            if (mainWindow != null || !locking.isDone()) {
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
        autoLock.stop();
        CompletableFuture<Void> done = mainWindow == null ? locking : mainWindow.closeSession();
        return done.thenRun(() -> {
            mainWindow = null;
            executor.shutdown();
        });
    }

    /** At process exit, when the FX thread runs no more callbacks: save and lock right here. */
    public void shutdownNow() {
        autoLock.stop();
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

    public Appearance appearance() {
        return appearance;
    }

    private Parent unlockFlow() {
        return unlockFlow(null);
    }

    /** The unlock screen, or the welcome screen (showing {@code notice}) when the vault is gone. */
    private Parent unlockFlow(String notice) {
        UnlockFlow flow = new UnlockFlow(config.vaultService(), lastDirectory, config.vaultDirectory(), executor,
                dialogs, i18n, this::unlocked);
        flow.setNotice(notice);
        flow.setTop(new LanguageMenu(appearance, i18n));
        return flow;
    }

    private void unlocked(VaultSession session) {
        lastDirectory = session.directory();
        session.onLost(why -> Platform.runLater(() -> lost(session, why)));
        sessionDialogs = new SessionDialogs(() -> dialogs);
        startAutoSync(session);
        showMainWindow(session);
    }

    /**
     * The vault closed under the open session (a full disk): the window would only answer every
     * click with an error, so the shell locks as Ctrl+L does and the unlock screen says why.
     * The vault let go of its key and lock already; what was saved before is on disk.
     */
    private void lost(VaultSession lostSession, Problem why) {
        if (session != lostSession) {
            return;
        }
        lock(i18n.text(why, null));
    }

    private void showMainWindow(VaultSession session) {
        this.session = session;
        SessionContext context = new SessionContext(session, executor, sessionDialogs, i18n, appearance);
        mainWindow = new MainWindow(context, this::lock, confirmation -> destroy(session, confirmation));
        scene.setRoot(mainWindow);
        autoLock.start(Duration.ofMinutes(context.autoLockMinutes()));
        context.autoLockMinutesProperty().addListener((obs, old, now) ->
                autoLock.setTimeout(Duration.ofMinutes(now.intValue())));
        Tasks.create(() -> session.lockSettings().autoLockMinutes())
                .onSuccess(context::setAutoLockMinutes)
                .onError(UnsupportedOperationException.class, e -> {
                    // Test doubles of VaultSession keep the default.
                })
                .runOnce(executor);
    }

    /**
     * Ctrl+L, the Lock button and auto-lock alike: the content leaves the scene at once, then
     * edits are saved, running work is cancelled, the session closes (which wipes the key),
     * and the old window's controls are emptied. Never asks anything.
     */
    private void lock() {
        lock(null);
    }

    /** Locks as above; the unlock screen then shows {@code notice} (why it happened), if there is one. */
    private void lock(String notice) {
        MainWindow window = hide(i18n.get("lock.locking"));
        if (window == null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        locking = done;
        window.closeSession(false).thenRun(() -> {
            window.wipe();
            scene.setRoot(unlockFlow(notice));
            done.complete(null);
        });
    }

    /** Settings' "Destroy vault": nothing is saved, the session closes and the vault is crypto-erased. */
    private void destroy(VaultSession session, String confirmation) {
        MainWindow window = hide(i18n.get("destroy.working"));
        if (window == null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        locking = done;
        window.stopWork();
        Path directory = session.directory();
        String[] notice = {null};
        Tasks.create(() -> session.destroy(confirmation))
                .onSuccess(left -> notice[0] = left.isEmpty() ? i18n.format("destroy.done", directory)
                        : i18n.format("destroy.doneWithOthers", directory, left.size()))
                .onError(VaultAccessException.class, e -> dialogs.showError(i18n.get("destroy.failed"),
                        VaultErrors.message(e, i18n)))
                .onError(e -> dialogs.showError(i18n.get("destroy.failed"), i18n.problem(e)))
                .andFinally(() -> {
                    window.wipe();
                    scene.setRoot(unlockFlow(notice[0]));
                    done.complete(null);
                })
                .runOnce(executor);
    }

    /** Takes the main window out of the scene, and closes every dialog and popup above it. */
    private MainWindow hide(String message) {
        MainWindow window = mainWindow;
        if (window == null) {
            return null;
        }
        mainWindow = null;
        session = null;
        sessionDialogs.end();
        autoLock.stop();
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != stage && ownedByStage(other)) {
                other.hide();
            }
        }
        scene.setRoot(new LockingPane(i18n, message));
        return window;
    }

    private boolean ownedByStage(Window window) {
        for (Window w = window; w != null; ) {
            if (w == stage) {
                return true;
            }
            w = w instanceof Stage s ? s.getOwner() : w instanceof PopupWindow p ? p.getOwnerWindow() : null;
        }
        return false;
    }

    /** Syncs by itself from now until the session closes (lock, exit); a session without sync is left alone. */
    private static void startAutoSync(VaultSession session) {
        try {
            session.autoSync().start();
        } catch (UnsupportedOperationException e) {
            // Test doubles of VaultSession have no sync.
        }
    }

    /** Theme and title change at once; a new language rebuilds the window's content. Stored in the background. */
    private void preferencesChanged(AppPreferences next) {
        if (preferencesFile != null) {
            // Workers run in parallel: each save writes the newest preferences, so the last word wins.
            unsaved.set(next);
            Tasks.createVoid(() -> {
                synchronized (preferencesFile) {
                    AppPreferences latest = unsaved.getAndSet(null);
                    if (latest != null) {
                        preferencesFile.save(latest);
                    }
                }
            }).onError(error -> appearance.reportProblem(i18n.format("appearance.error.save",
                    i18n.problem(error)))).runOnce(executor);
        }
        AppPreferences.Language before = applied.language();
        applied = next;
        if (stage == null) {
            return;
        }
        applyTheme(next.look());
        Locale locale = next.locale(config.locale());
        if (!locale.equals(i18n.locale())) {
            switchLanguage(locale, before);
        }
        stage.setTitle(next.title(i18n.get("app.name")));
    }

    /**
     * Rebuilds what the window shows in {@code locale}. The open interview is saved first and the
     * page stays the same; selections and unsent form input on other pages start afresh.
     */
    private void switchLanguage(Locale locale, AppPreferences.Language before) {
        if (mainWindow == null) {
            i18n = new I18n(locale);
            renewDialogs();
            scene.getRoot().lookupAll(".password-field").forEach(node -> ((PasswordField) node).clear());
            scene.setRoot(unlockFlow());
            return;
        }
        MainWindow old = mainWindow;
        String page = old.currentPage();
        old.library().prepareToClose().thenAccept(saved -> {
            // A second change while this one saved: the first to finish builds the newest language.
            Locale wanted = applied.locale(config.locale());
            if (mainWindow != old || wanted.equals(i18n.locale())) {
                return;
            }
            if (!saved && !dialogs.confirm(i18n.get("appearance.unsaved.title"), i18n.get("appearance.unsaved.message"),
                    i18n.get("appearance.unsaved.confirm"))) {
                // Stay in the language the unsaved edits are shown in.
                appearance.change(appearance.current().withLanguage(before));
                return;
            }
            old.retire();
            i18n = new I18n(wanted);
            renewDialogs();
            showMainWindow(session);
            mainWindow.openPage(page);
            stage.setTitle(appearance.current().title(i18n.get("app.name")));
        });
    }

    private void renewDialogs() {
        if (ownDialogs) {
            dialogs = new FxDialogService(stage, i18n, config.showDocument());
        }
    }
}
