package app.caravan.ui.sync;

import app.caravan.app.DeskImportService.ConflictDetail;
import app.caravan.domain.TextMerge;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Merging the two versions of a conflict: the desk's and the field's side by side (read-only),
 * and below them the merge to store, pre-filled with the proposal. Save stays disabled while a
 * conflict block's marker lines remain, and a label says so.
 */
final class ConflictMergeDialog {
    private ConflictMergeDialog() {
    }

    static void show(Window owner, ConflictDetail detail, ConflictsModel model, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(i18n.get("sync.conflicts.merge.title"));
        dialog.setHeaderText(i18n.format("sync.conflicts.merge.header", detail.deskPseudonym(), detail.deskRevision(),
                detail.incomingRevision()));
        ButtonType save = new ButtonType(i18n.get("sync.conflicts.merge.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        TextArea desk = readOnly("mergeDesk", detail.deskTranscript());
        TextArea field = readOnly("mergeField", detail.incomingTranscript());
        TextArea merged = new TextArea(detail.proposedMerge());
        merged.setId("mergedText");
        merged.setWrapText(true);
        merged.setPrefRowCount(12);
        VBox.setVgrow(merged, Priority.ALWAYS);

        BooleanBinding markers = Bindings.createBooleanBinding(() -> TextMerge.hasMarkers(merged.getText()),
                merged.textProperty());
        Label markersLeft = new Label(i18n.format("sync.conflicts.merge.markers", TextMerge.MINE_MARKER,
                TextMerge.SEPARATOR, TextMerge.THEIRS_MARKER));
        markersLeft.setId("markersLeft");
        markersLeft.setWrapText(true);
        markersLeft.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        markersLeft.visibleProperty().bind(markers);
        markersLeft.managedProperty().bind(markers);
        StringProperty error = new SimpleStringProperty("");
        Label refused = new Label();
        refused.setId("mergeError");
        refused.setWrapText(true);
        refused.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        refused.textProperty().bind(error);
        refused.visibleProperty().bind(error.isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        merged.textProperty().addListener((obs, old, now) -> error.set(""));

        HBox sides = new HBox(12, column(i18n.format("sync.conflicts.merge.desk", detail.deskSegments()), desk),
                column(i18n.format("sync.conflicts.merge.field", detail.incomingSegments()), field));
        Label mergedTitle = new Label(i18n.get("sync.conflicts.merge.merged"));
        mergedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(8, sides, new VBox(2, mergedTitle,
                Sections.hint(i18n.get("sync.conflicts.merge.merged.hint"))), merged, markersLeft, refused);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(960, 660);
        // The wrapping labels make the dialog open at its minimum width: wide enough for two texts side by side.
        dialog.getDialogPane().setMinSize(900, 480);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("mergeSave");
        saveButton.disableProperty().bind(markers.or(model.busy));
        // Save runs in the background; the dialog closes only once the vault has the merge.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.merge(detail, merged.getText(), () -> {
                dialog.setResult(save);
                dialog.close();
            }, error::set);
        });
        // The transcripts leave the controls when the dialog goes.
        dialog.setOnHidden(e -> {
            desk.clear();
            field.clear();
            merged.clear();
        });
        dialog.setOnShown(e -> merged.requestFocus());
        dialog.show();
    }

    private static TextArea readOnly(String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        return area;
    }

    private static Node column(String title, TextArea area) {
        Label label = new Label(title);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, label, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(0);
        return box;
    }
}
