package app.caravan.ui.sync;

import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Interviews both the desk and a field device changed since the last sync: the editor keeps the
 * desk's version, the field's, or merges the texts. Rows show pseudonym and device only.
 */
final class ConflictsSection {
    private ConflictsSection() {
    }

    /** The section with its own model; it reloads whenever the page is shown again. */
    static VBox create(SessionContext context) {
        I18n i18n = context.i18n();
        DialogService dialogs = context.dialogs();
        ConflictsModel model = new ConflictsModel(context);
        VBox list = new VBox(6);
        list.setId("conflicts");
        Label empty = new Label(i18n.get("sync.conflicts.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.getChildren().add(empty);
        model.rows.addListener((ListChangeListener<ConflictsModel.Row>) change -> {
            list.getChildren().clear();
            if (model.rows.isEmpty()) {
                list.getChildren().add(empty);
            }
            for (ConflictsModel.Row row : model.rows) {
                list.getChildren().add(row(row, model, dialogs, i18n));
            }
        });
        Label status = new Label();
        status.setId("conflictsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        status.visibleProperty().bind(model.status.isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.statusFailed.addListener((obs, old, failed) -> {
            status.getStyleClass().remove(UiStyles.STATUS_ERROR);
            if (failed) {
                status.getStyleClass().add(UiStyles.STATUS_ERROR);
            }
        });
        status.getStyleClass().add(UiStyles.STATUS);
        VBox section = Sections.titled(i18n.get("sync.conflicts"), MaterialDesignS.SOURCE_MERGE,
                Sections.hint(i18n.get("sync.conflicts.hint")), list, status);
        section.visibleProperty().bind(model.desk.or(javafx.beans.binding.Bindings.isNotEmpty(model.rows)));
        section.managedProperty().bind(section.visibleProperty());
        section.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.load();
            }
        });
        return section;
    }

    private static HBox row(ConflictsModel.Row row, ConflictsModel model, DialogService dialogs, I18n i18n) {
        Label pseudonym = new Label(row.pseudonym(), Icons.of(MaterialDesignC.CALL_SPLIT));
        pseudonym.getStyleClass().add(Styles.TEXT_BOLD);
        Label where = new Label(i18n.format("sync.conflicts.row", row.device(), row.deskRevision(),
                row.incomingRevision(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(i18n.locale()).format(row.received().atZone(ZoneId.systemDefault()))));
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setWrapText(true);
        where.setMinWidth(0);
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button mine = new Button(i18n.get("sync.conflicts.keepMine"));
        mine.getStyleClass().add("keep-mine");
        mine.setOnAction(e -> {
            if (dialogs.confirm(i18n.get("sync.conflicts.keepMine"), i18n.format("sync.conflicts.keepMine.message",
                    row.pseudonym()), i18n.get("sync.conflicts.keepMine"))) {
                model.keepMine(row);
            }
        });
        Button theirs = new Button(i18n.get("sync.conflicts.keepTheirs"));
        theirs.getStyleClass().add("keep-theirs");
        theirs.setOnAction(e -> {
            if (dialogs.confirm(i18n.get("sync.conflicts.keepTheirs"), i18n.format(
                    "sync.conflicts.keepTheirs.message", row.pseudonym()), i18n.get("sync.conflicts.keepTheirs"))) {
                model.keepTheirs(row);
            }
        });
        Button merge = new Button(i18n.get("sync.conflicts.merge"), Icons.of(MaterialDesignS.SOURCE_MERGE));
        merge.getStyleClass().addAll("merge-conflict", Styles.ACCENT);
        merge.setOnAction(e -> model.detail(row,
                detail -> ConflictMergeDialog.show(merge.getScene().getWindow(), detail, model, i18n)));
        pseudonym.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {mine, theirs, merge}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(model.busy);
        }
        HBox box = new HBox(10, pseudonym, where, mine, theirs, merge);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("conflict-row");
        return box;
    }
}
