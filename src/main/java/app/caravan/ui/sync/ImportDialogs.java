package app.caravan.ui.sync;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.UiStyles;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The two questions a desk import may have to ask: trust a new device, and a courier's passphrase. */
final class ImportDialogs {
    private ImportDialogs() {
    }

    /**
     * Shows the device's signing fingerprint large enough to compare character by character with
     * the field device's Sync page; true only for "Trust and import".
     */
    static boolean confirmTrust(Window owner, I18n i18n, UUID deviceId, String fingerprint) {
        ButtonType trust = new ButtonType(i18n.get("sync.import.trust.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        styled(dialog, owner);
        dialog.setTitle(i18n.get("sync.import.trust.title"));
        dialog.setHeaderText(i18n.get("sync.import.trust.title"));
        Label explain = wrapped(i18n.format("sync.import.trust.explain", deviceId));
        Label print = new Label(fingerprint);
        print.setId("trustFingerprint");
        print.getStyleClass().add(UiStyles.FINGERPRINT);
        print.setWrapText(true);
        Label warning = wrapped(i18n.get("sync.import.trust.warning"));
        warning.getStyleClass().add(UiStyles.WARNING_TEXT);
        dialog.getDialogPane().setContent(new VBox(14, explain, print, warning));
        dialog.getDialogPane().getButtonTypes().setAll(trust, cancel);
        // Enter must not trust by reflex: the safe answer is the default.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(trust)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return dialog.showAndWait().filter(trust::equals).isPresent();
    }

    /** Asks for the passphrase a bundle was sealed to; the caller wipes the answer. */
    static Optional<char[]> askPassphrase(Window owner, I18n i18n, String fileName) {
        ButtonType open = new ButtonType(i18n.get("sync.import.passphrase.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        styled(dialog, owner);
        dialog.setTitle(i18n.get("sync.import.passphrase.title"));
        dialog.setHeaderText(i18n.get("sync.import.passphrase.title"));
        PasswordField field = new PasswordField();
        field.setId("importPassphrase");
        dialog.getDialogPane().setContent(new VBox(10, wrapped(i18n.format("sync.import.passphrase.explain", fileName)),
                field));
        dialog.getDialogPane().getButtonTypes().setAll(open, cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(e -> field.requestFocus());
        Optional<char[]> answer = dialog.showAndWait().filter(open::equals).map(b -> Passphrases.take(field));
        field.clear();
        return answer;
    }

    /** A dialog is its own scene: it gets the app's stylesheet from its owner, or looks unstyled. */
    static void styled(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }
}
