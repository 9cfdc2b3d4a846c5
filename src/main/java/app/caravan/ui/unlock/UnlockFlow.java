package app.caravan.ui.unlock;

import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultLocations;
import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Tasks;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;

/**
 * The screens before a vault is open: welcome (no vault yet), create, unlock. Hands the
 * unlocked session to {@code onUnlocked}.
 */
public final class UnlockFlow extends BorderPane {
    private final VaultService vaults;
    private final Executor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Path defaultDirectory;
    private final Consumer<VaultSession> onUnlocked;
    private String notice;

    /**
     * Shows the unlock screen for {@code directory} when it holds a vault, else the welcome
     * screen offering to create one at {@code defaultDirectory}.
     */
    public UnlockFlow(VaultService vaults, Path directory, Path defaultDirectory, Executor executor,
            DialogService dialogs, I18n i18n, Consumer<VaultSession> onUnlocked) {
        this.vaults = vaults;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.defaultDirectory = defaultDirectory;
        this.onUnlocked = onUnlocked;
        setId("unlockFlow");
        ProgressIndicator checking = new ProgressIndicator();
        checking.setMaxSize(48, 48);
        setCenter(checking);
        ifVault(directory, () -> showUnlock(directory), this::showWelcome);
    }

    /**
     * A message for the screen that appears: on the welcome screen, e.g. that the vault was
     * destroyed; on the unlock screen, e.g. why the vault was locked (a full disk).
     */
    public void setNotice(String notice) {
        this.notice = notice;
        if (getCenter() instanceof WelcomeView welcome) {
            welcome.showNotice(notice);
        } else if (getCenter() instanceof UnlockView unlock && notice != null) {
            unlock.showError(notice);
            this.notice = null;
        }
    }

    void showWelcome() {
        WelcomeView[] welcome = new WelcomeView[1];
        welcome[0] = new WelcomeView(defaultDirectory, i18n, this::showCreate, this::chooseFolderToCreate,
                this::chooseVaultToOpen, () -> tryDemo(welcome[0]));
        welcome[0].showNotice(notice);
        show(welcome[0]);
    }

    /** Opens the demo vault next to the default one, building it the first time. */
    private void tryDemo(WelcomeView welcome) {
        if (welcome.demo.isBusy()) {
            return;
        }
        Path demo = VaultLocations.demoDirectory(defaultDirectory);
        welcome.showError("");
        welcome.demo.started();
        Tasks.create(() -> vaults.openDemo(demo, fraction -> Platform.runLater(() -> welcome.demo.progress(fraction))))
                .onSuccess(onUnlocked)
                .onError(VaultAccessException.class, ex -> welcome.showError(VaultErrors.message(ex, i18n)))
                .onError(ex -> welcome.showError(i18n.format("welcome.demo.error", i18n.problem(ex))))
                .andFinally(welcome.demo::finished)
                .runOnce(executor);
    }

    void showCreate(Path directory) {
        show(new CreateVaultView(directory, vaults, executor, i18n, onUnlocked, this::showWelcome));
    }

    void showUnlock(Path directory) {
        boolean demo = directory.toAbsolutePath().normalize().equals(VaultLocations.demoDirectory(defaultDirectory));
        UnlockView unlock = new UnlockView(directory, demo, vaults, executor, i18n, onUnlocked, this::showWelcome,
                message -> {
                    notice = message;
                    showWelcome();
                });
        if (notice != null) {
            // Said once, where it matters; the welcome screen behind "other vault" starts clean.
            unlock.showError(notice);
            notice = null;
        }
        show(unlock);
    }

    private void chooseFolderToCreate() {
        dialogs.chooseFolder(i18n.get("welcome.chooseFolder.title"), defaultDirectory).ifPresent(this::showCreate);
    }

    private void chooseVaultToOpen() {
        dialogs.chooseFolder(i18n.get("welcome.open.title"), defaultDirectory).ifPresent(directory ->
                ifVault(directory, () -> showUnlock(directory), () -> {
                    if (getCenter() instanceof WelcomeView welcome) {
                        welcome.showError(i18n.format("welcome.open.notAVault", directory));
                    }
                }));
    }

    /** Even this file check stays off the FX thread: the folder may be on a slow or sleeping drive. */
    private void ifVault(Path directory, Runnable yes, Runnable no) {
        Tasks.create(() -> vaults.exists(directory))
                .onSuccess(exists -> (exists ? yes : no).run())
                .onError(error -> no.run())
                .runOnce(executor);
    }

    private void show(UnlockPage page) {
        setCenter(page);
        // Focus once the page is in the scene, otherwise the request is ignored.
        Platform.runLater(page::focusFirstField);
    }
}
