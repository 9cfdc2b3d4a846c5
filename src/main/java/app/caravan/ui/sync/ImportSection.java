package app.caravan.ui.sync;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Desk side: importing a bundle a field device delivered or a courier brought. */
final class ImportSection {
    private ImportSection() {
    }

    static VBox create(BundleImport imports, I18n i18n) {
        Button choose = new Button(i18n.get("sync.import.button"), Icons.of(MaterialDesignF.FILE_IMPORT));
        choose.setId("importBundle");
        choose.setTooltip(new Tooltip(i18n.get("sync.import.tooltip")));
        choose.disableProperty().bind(imports.busy);
        choose.setOnAction(e -> imports.chooseAndImport());
        ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        working.setId("importProgress");
        working.setPrefWidth(160);
        working.visibleProperty().bind(imports.busy);
        working.managedProperty().bind(working.visibleProperty());
        HBox actions = new HBox(10, choose, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(imports.status);
        status.getStyleClass().add(UiStyles.SUCCESS_TEXT);
        imports.failed.addListener((obs, old, now) -> {
            status.getStyleClass().removeAll(UiStyles.ERROR_TEXT, UiStyles.SUCCESS_TEXT);
            status.getStyleClass().add(now ? UiStyles.ERROR_TEXT : UiStyles.SUCCESS_TEXT);
        });
        return Sections.titled(i18n.get("sync.import"), MaterialDesignT.TRAY_ARROW_DOWN,
                Sections.hint(i18n.get("sync.import.hint")), actions, status);
    }
}
