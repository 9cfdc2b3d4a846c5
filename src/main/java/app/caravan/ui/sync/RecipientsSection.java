package app.caravan.ui.sync;

import app.caravan.domain.DeskRecipient;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignQ;

/**
 * The editors' desk keys bundles are sealed to: listed, added by pasting or from a text file or a
 * QR image, removed after a confirmation.
 */
final class RecipientsSection {
    private RecipientsSection() {
    }

    static VBox create(SyncViewModel vm, DialogService dialogs, I18n i18n) {
        VBox list = new VBox(6);
        list.setId("recipients");
        Label empty = new Label(i18n.get("sync.recipients.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        vm.recipients.addListener((ListChangeListener<DeskRecipient>) change -> {
            list.getChildren().clear();
            if (vm.recipients.isEmpty()) {
                list.getChildren().add(empty);
            }
            for (DeskRecipient r : vm.recipients) {
                list.getChildren().add(row(r, vm, dialogs, i18n));
            }
        });
        list.getChildren().add(empty);

        TextField key = new TextField();
        key.setId("recipientKey");
        key.setPromptText("age1…");
        HBox.setHgrow(key, Priority.ALWAYS);
        TextField label = new TextField();
        label.setId("recipientLabel");
        label.setPromptText(i18n.get("sync.recipients.label"));
        label.setPrefColumnCount(12);
        Button add = new Button(i18n.get("sync.recipients.add"), Icons.of(MaterialDesignA.ACCOUNT_KEY_OUTLINE));
        add.setId("addRecipient");
        add.disableProperty().bind(key.textProperty().isEmpty());
        Runnable submit = () -> vm.addRecipient(key.getText(), label.getText(), () -> {
            key.clear();
            label.clear();
        });
        add.setOnAction(e -> submit.run());
        key.setOnAction(e -> submit.run());
        key.textProperty().addListener((obs, old, now) -> vm.recipientError.set(""));
        Runnable cleared = () -> {
            key.clear();
            label.clear();
        };
        Button fromFile = new Button(i18n.get("sync.recipients.file"), Icons.of(MaterialDesignF.FILE_KEY_OUTLINE));
        fromFile.setId("recipientsFromFile");
        fromFile.setTooltip(new Tooltip(i18n.get("sync.recipients.file.tooltip")));
        fromFile.setOnAction(e -> dialogs.chooseOpenFile(i18n.get("sync.recipients.file.choose"), null,
                i18n.get("sync.recipients.file.filter"), "*.txt", "*.pub", "*.key")
                .ifPresent(file -> vm.addRecipientsFrom(file, false, label.getText(), cleared)));
        Button fromQr = new Button(i18n.get("sync.recipients.qr"), Icons.of(MaterialDesignQ.QRCODE_SCAN));
        fromQr.setId("recipientFromQr");
        fromQr.setTooltip(new Tooltip(i18n.get("sync.recipients.qr.tooltip")));
        fromQr.setOnAction(e -> dialogs.chooseOpenFile(i18n.get("sync.recipients.qr.choose"), null,
                i18n.get("sync.recipients.qr.filter"), "*.png", "*.jpg", "*.jpeg")
                .ifPresent(image -> vm.addRecipientsFrom(image, true, label.getText(), cleared)));
        HBox paste = new HBox(8, key, label, add);
        paste.setAlignment(Pos.CENTER_LEFT);
        HBox files = new HBox(8, fromFile, fromQr);
        VBox form = new VBox(8, paste, files);
        return Sections.titled(i18n.get("sync.recipients"), MaterialDesignK.KEY_CHAIN_VARIANT,
                Sections.hint(i18n.get("sync.recipients.hint")), list,
                Sections.withError(form, key, vm.recipientError));
    }

    private static HBox row(DeskRecipient r, SyncViewModel vm, DialogService dialogs, I18n i18n) {
        Label name = new Label(r.label() == null ? i18n.get("sync.recipients.unnamed") : r.label());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label key = new Label(r.recipient());
        key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        key.setMinWidth(0);
        HBox.setHgrow(key, Priority.ALWAYS);
        key.setMaxWidth(Double.MAX_VALUE);
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("sync.recipients.remove"));
        remove.getStyleClass().add("remove-recipient");
        remove.setOnAction(e -> {
            if (dialogs.confirm(i18n.get("sync.recipients.remove"),
                    i18n.format("sync.recipients.remove.message", name.getText(), r.recipient()),
                    i18n.get("sync.recipients.remove.confirm"))) {
                vm.removeRecipient(r);
            }
        });
        HBox row = new HBox(10, name, key, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("recipient-row");
        return row;
    }
}
