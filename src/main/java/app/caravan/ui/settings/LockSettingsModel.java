package app.caravan.ui.settings;

import app.caravan.app.InvalidInputException;
import app.caravan.app.LockSettings;
import app.caravan.app.VaultAccessException;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.unlock.VaultErrors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Auto-lock minutes and the wipe after failed unlocks, as Settings shows and changes them. */
final class LockSettingsModel {
    /** Offered when the wipe is switched on. */
    static final int DEFAULT_WIPE_AFTER = 10;

    final ObjectProperty<Integer> autoLockMinutes = new SimpleObjectProperty<>(LockSettings.DEFAULT_AUTO_LOCK_MINUTES);
    final BooleanProperty wipeOn = new SimpleBooleanProperty();
    final ObjectProperty<Integer> wipeAfter = new SimpleObjectProperty<>(DEFAULT_WIPE_AFTER);
    /** True while values come from the vault, so that showing them does not save them back. */
    final BooleanProperty loading = new SimpleBooleanProperty();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;

    LockSettingsModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    void load() {
        loading.set(true);
        Tasks.create(() -> {
            LockSettings settings = context.session().lockSettings();
            return new int[] {settings.autoLockMinutes(), settings.wipeAfterFailedUnlocks()};
        }).onSuccess(values -> {
            autoLockMinutes.set(values[0]);
            wipeOn.set(values[1] > 0);
            wipeAfter.set(values[1] > 0 ? values[1] : DEFAULT_WIPE_AFTER);
        }).onError(UnsupportedOperationException.class, error -> {
            // Test doubles of the session keep the defaults.
        }).onError(error -> fail(i18n.problem(error)))
                .andFinally(() -> loading.set(false))
                .runOnce(context.executor());
    }

    void saveAutoLock(int minutes) {
        Tasks.createVoid(() -> context.session().lockSettings().setAutoLockMinutes(minutes))
                .onSuccess(done -> {
                    context.setAutoLockMinutes(minutes);
                    succeed(i18n.format("settings.lock.autoSaved", minutes));
                })
                .onError(InvalidInputException.class, error -> fail(i18n.problem(error)))
                .onError(error -> fail(i18n.problem(error)))
                .runOnce(context.executor());
    }

    /** Switches the wipe on with {@code attempts}, or off. */
    void saveWipe(boolean on, int attempts) {
        int value = on ? attempts : 0;
        Tasks.createVoid(() -> context.session().lockSettings().setWipeAfterFailedUnlocks(value))
                .onSuccess(done -> succeed(on ? i18n.format("settings.wipe.on", attempts) : i18n.get("settings.wipe.off")))
                .onError(VaultAccessException.class, error -> fail(VaultErrors.message(error, i18n)))
                .onError(error -> fail(i18n.problem(error)))
                .runOnce(context.executor());
    }

    private void succeed(String text) {
        failed.set(false);
        message.set(text);
    }

    private void fail(String reason) {
        failed.set(true);
        message.set(i18n.format("settings.error", String.valueOf(reason)));
    }
}
