package app.caravan.ui.settings;

import app.caravan.app.LockSettings;
import app.caravan.app.VaultService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The Settings sections about locking: auto-lock, the wipe after failed unlocks, and destroying the vault. */
final class LockSection {
    private final SessionContext context;
    private final I18n i18n;
    private final LockSettingsModel vm;

    LockSection(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
        this.vm = new LockSettingsModel(context);
    }

    VBox lockSection() {
        Spinner<Integer> minutes = spinner("autoLockMinutes", LockSettings.MIN_AUTO_LOCK_MINUTES,
                LockSettings.MAX_AUTO_LOCK_MINUTES, vm.autoLockMinutes.get());
        minutes.getValueFactory().valueProperty().bindBidirectional(vm.autoLockMinutes);
        vm.autoLockMinutes.addListener((obs, old, now) -> {
            if (!vm.loading.get() && now != null) {
                vm.saveAutoLock(now);
            }
        });
        HBox autoRow = new HBox(8, new Label(i18n.get("settings.lock.autoBefore")), minutes,
                new Label(i18n.get("settings.lock.autoAfter")));
        autoRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox wipe = new CheckBox(i18n.get("settings.wipe.checkbox"));
        wipe.setId("wipeOn");
        Spinner<Integer> attempts = spinner("wipeAfter", LockSettings.MIN_WIPE_AFTER, LockSettings.MAX_WIPE_AFTER,
                vm.wipeAfter.get());
        attempts.getValueFactory().valueProperty().bindBidirectional(vm.wipeAfter);
        attempts.disableProperty().bind(wipe.selectedProperty().not());
        vm.wipeOn.addListener((obs, old, now) -> wipe.setSelected(now));
        wipe.setOnAction(e -> {
            boolean on = wipe.isSelected();
            if (on && !context.dialogs().confirm(i18n.get("settings.wipe.confirm.title"),
                    i18n.format("settings.wipe.confirm.message", vm.wipeAfter.get()),
                    i18n.get("settings.wipe.confirm.button"))) {
                wipe.setSelected(false);
                return;
            }
            vm.wipeOn.set(on);
            vm.saveWipe(on, vm.wipeAfter.get());
        });
        vm.wipeAfter.addListener((obs, old, now) -> {
            if (!vm.loading.get() && vm.wipeOn.get() && now != null) {
                vm.saveWipe(true, now);
            }
        });
        HBox wipeRow = new HBox(8, wipe, attempts, new Label(i18n.get("settings.wipe.after")));
        wipeRow.setAlignment(Pos.CENTER_LEFT);
        Label warning = new Label(i18n.get("settings.wipe.warning"));
        warning.getStyleClass().add(UiStyles.WARNING_TEXT);
        warning.setWrapText(true);

        Label message = new Label();
        message.setId("lockMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(UiStyles.ERROR_TEXT, UiStyles.SUCCESS_TEXT);
            message.getStyleClass().add(now ? UiStyles.ERROR_TEXT : UiStyles.SUCCESS_TEXT);
        });
        message.getStyleClass().add(UiStyles.SUCCESS_TEXT);
        vm.load();
        return Sections.titled(i18n.get("settings.lock"), MaterialDesignL.LOCK_CLOCK,
                Sections.hint(i18n.get("settings.lock.hint")), autoRow, wipeRow, warning, message);
    }

    /** The typed confirmation is the vault folder's name, as for {@code caravan destroy-vault --confirm}. */
    VBox destroySection(Consumer<String> onDestroy) {
        Path directory = context.session().directory();
        String word = VaultService.confirmationWord(directory);
        Button destroy = new Button(i18n.get("settings.destroy.button"), Icons.of(MaterialDesignD.DELETE_FOREVER_OUTLINE));
        destroy.setId("destroyVault");
        destroy.getStyleClass().add(Styles.DANGER);
        destroy.setOnAction(e -> {
            if (context.dialogs().confirmTyped(i18n.get("settings.destroy.confirm.title"),
                    i18n.format("settings.destroy.confirm.message", directory.toAbsolutePath()), word,
                    i18n.get("settings.destroy.confirm.button"))) {
                onDestroy.accept(word);
            }
        });
        return Sections.titled(i18n.get("settings.destroy"), MaterialDesignD.DELETE_FOREVER_OUTLINE,
                Sections.hint(i18n.get("settings.destroy.hint")), destroy);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(new IntegerSpinnerValueFactory(min, max, initial));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }
}
