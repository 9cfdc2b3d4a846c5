package app.caravan.ui.sync;

import app.caravan.app.KeysService.DeviceIdentity;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * "This device": what an editor needs to trust this device's bundles. The recipient is a public
 * key, so it may be copied to the clipboard; nothing secret is shown here.
 */
final class DeviceSection {
    private DeviceSection() {
    }

    static VBox create(ObjectProperty<DeviceIdentity> device, I18n i18n) {
        TextField deviceId = readOnly("deviceId");
        TextField recipient = readOnly("deviceRecipient");
        TextField fingerprint = readOnly("deviceFingerprint");
        Button copy = Icons.iconButton(MaterialDesignC.CONTENT_COPY, i18n.get("sync.device.copy"));
        copy.setId("copyRecipient");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(recipient.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox.setHgrow(recipient, Priority.ALWAYS);
        HBox recipientRow = new HBox(6, recipient, copy);
        recipientRow.setAlignment(Pos.CENTER_LEFT);

        FormGrid form = new FormGrid();
        form.addWide(i18n.get("sync.device.id"), deviceId);
        form.addWide(i18n.get("sync.device.recipient"), recipientRow);
        form.addWide(i18n.get("sync.device.fingerprint"), fingerprint);
        HBox.setHgrow(form, Priority.ALWAYS);

        ImageView qr = new ImageView();
        qr.setId("recipientQr");
        qr.setSmooth(false);
        Label qrHint = new Label(i18n.get("sync.device.qr"));
        qrHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox qrBox = new VBox(4, qr, qrHint);
        qrBox.setAlignment(Pos.TOP_CENTER);

        device.addListener((obs, old, now) -> {
            deviceId.setText(now == null ? "" : now.deviceId().toString());
            recipient.setText(now == null ? "" : now.recipient());
            fingerprint.setText(now == null ? "" : now.fingerprint());
            qr.setImage(now == null ? null : QrCodes.image(now.recipient(), 4));
        });
        HBox row = new HBox(20, form, qrBox);
        return Sections.titled(i18n.get("sync.device"), MaterialDesignT.TABLET_CELLPHONE,
                Sections.hint(i18n.get("sync.device.hint")), row);
    }

    /** Selectable for copying, but not editable. */
    private static TextField readOnly(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add(Styles.TEXT_SMALL);
        return field;
    }
}
