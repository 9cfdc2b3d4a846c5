package app.caravan.ui.unlock;

import app.caravan.app.DemoVault;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * Unlocking an existing vault. A failed attempt leaves everything as it was except an error
 * message under the field, which keeps the focus for the next try.
 */
final class UnlockView extends UnlockPage {
    private final PasswordField passphrase = new PasswordField();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Label error = errorLabel("unlockError");

    /**
     * @param demo the demo vault, whose published passphrase is filled in and named
     * @param onDestroyed the vault was destroyed after too many failed unlocks; gets the message to show
     */
    UnlockView(Path directory, boolean demo, VaultService vaults, Executor executor, I18n i18n,
            Consumer<VaultSession> onUnlocked, Runnable onOtherVault, Consumer<String> onDestroyed) {
        super(MaterialDesignL.LOCK_OUTLINE, i18n.get("unlock.title"), i18n.get("unlock.subtitle"));
        setId("unlock");
        passphrase.setId("passphrase");
        passphrase.setPromptText(i18n.get("unlock.passphrase.prompt"));
        passphrase.disableProperty().bind(busy);
        Button unlock = new Button(i18n.get("unlock.button"), Icons.of(MaterialDesignL.LOCK_OPEN_VARIANT_OUTLINE));
        unlock.setId("unlockButton");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(busy.or(passphrase.textProperty().isEmpty()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(busy);
        Hyperlink other = new Hyperlink(i18n.get("unlock.otherVault"));
        other.setId("otherVault");
        other.disableProperty().bind(busy);
        other.setOnAction(e -> {
            passphrase.clear();
            onOtherVault.run();
        });

        unlock.setOnAction(e -> {
            if (unlock.isDisabled()) {
                return;
            }
            char[] chars = Passphrases.take(passphrase);
            busy.set(true);
            Tasks.create(() -> {
                try {
                    return vaults.open(directory, chars);
                } finally {
                    Passphrases.wipe(chars);
                }
            }).onSuccess(session -> {
                error.setText("");
                onUnlocked.accept(session);
            }).onError(VaultAccessException.class, ex -> {
                if (ex.reason() == VaultAccessException.Reason.DESTROYED) {
                    onDestroyed.accept(VaultErrors.message(ex, i18n));
                } else {
                    showError(VaultErrors.message(ex, i18n));
                }
            })
                    .onError(ex -> showError(i18n.format("vault.error.generic", i18n.problem(ex))))
                    .andFinally(() -> {
                        busy.set(false);
                        passphrase.requestFocus();
                    })
                    .runOnce(executor);
        });

        Label fieldLabel = new Label(i18n.get("unlock.passphrase"));
        fieldLabel.setLabelFor(passphrase);
        fieldLabel.getStyleClass().add(Styles.TEXT_BOLD);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, other, spacer, progress, unlock);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(path(directory), new VBox(6, fieldLabel, passphrase, error), actions);
        if (demo) {
            passphrase.setText(DemoVault.PASSPHRASE);
            Label hint = Sections.hint(i18n.format("unlock.demo.hint", DemoVault.PASSPHRASE));
            hint.setId("demoUnlockHint");
            card.getChildren().add(2, hint);
        }
    }

    /** Shown under the passphrase field until the next attempt; also why the vault was locked (UnlockFlow). */
    void showError(String message) {
        error.setText(message);
    }

    @Override
    protected Node initialFocus() {
        return passphrase;
    }
}
