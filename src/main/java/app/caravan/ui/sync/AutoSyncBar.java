package app.caravan.ui.sync;

import app.caravan.app.InboxService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Under the outbox: whether the app syncs by itself, when it last did, what the last round
 * pulled, and — when a bundle from a device seen for the first time is waiting — the way to
 * compare and trust its fingerprint.
 */
final class AutoSyncBar {
    private AutoSyncBar() {
    }

    static Node create(SyncViewModel vm, I18n i18n) {
        CheckBox auto = new CheckBox(i18n.get("sync.auto.toggle"));
        auto.setId("autoSync");
        auto.setTooltip(new Tooltip(i18n.get("sync.auto.tooltip")));
        auto.setSelected(vm.autoSync.get());
        vm.autoSync.addListener((obs, old, now) -> auto.setSelected(now));
        auto.selectedProperty().addListener((obs, old, now) -> {
            if (now != vm.autoSync.get()) {
                vm.autoSync.set(now);
                vm.setAutoSync(now);
            }
        });
        Label last = new Label();
        last.setId("lastAutoSync");
        last.textProperty().bind(vm.lastAutoSync);
        last.getStyleClass().add(UiStyles.HINT);
        Label pulled = new Label();
        pulled.setId("pulledSummary");
        pulled.setWrapText(true);
        pulled.textProperty().bind(vm.pulledText);

        Label waiting = new Label();
        waiting.setId("untrustedDevice");
        waiting.setWrapText(true);
        waiting.getStyleClass().add(UiStyles.WARNING_TEXT);
        Button trust = new Button(i18n.get("sync.pull.trust"), Icons.of(MaterialDesignS.SHIELD_CHECK_OUTLINE));
        trust.setId("trustDevice");
        trust.disableProperty().bind(vm.busy);
        trust.setOnAction(e -> {
            InboxService.Line line = vm.untrusted.get();
            if (line != null && ImportDialogs.confirmTrust(trust.getScene().getWindow(), i18n, line.sender(),
                    line.fingerprint())) {
                vm.trustAndSync(line.fingerprint());
            }
        });
        HBox untrusted = new HBox(10, waiting, trust);
        untrusted.visibleProperty().bind(vm.untrusted.isNotNull());
        untrusted.managedProperty().bind(untrusted.visibleProperty());
        vm.untrusted.addListener((obs, old, line) -> waiting.setText(line == null ? ""
                : i18n.format("sync.pull.untrusted", line.name())));

        HBox autoRow = new HBox(12, auto, last);
        return new VBox(8, autoRow, pulled, untrusted);
    }
}
