package app.caravan.ui.export;

import app.caravan.domain.SavedFilter;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Step 1: every interview or a saved library filter, and what consent leaves out of it. */
final class InterviewsStep {
    private InterviewsStep() {
    }

    static VBox create(ExportModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = new RadioButton(i18n.get("export.interviews.all"));
        all.setId("exportAll");
        all.setToggleGroup(group);
        RadioButton saved = new RadioButton(i18n.get("export.interviews.saved"));
        saved.setId("exportSaved");
        saved.setToggleGroup(group);
        all.setSelected(true);

        ComboBox<SavedFilter> filters = new ComboBox<>(model.filters);
        filters.setId("exportFilter");
        filters.setPromptText(i18n.get("export.interviews.choose"));
        filters.setCellFactory(list -> new NameCell());
        filters.setButtonCell(new NameCell());
        filters.disableProperty().bind(saved.selectedProperty().not().or(Bindings.isEmpty(model.filters)));
        saved.disableProperty().bind(Bindings.isEmpty(model.filters));
        filters.valueProperty().addListener((obs, old, now) -> {
            if (saved.isSelected()) {
                model.filter.set(now);
            }
        });
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            model.filter.set(now == saved ? filters.getValue() : null);
        });
        model.filter.addListener((obs, old, now) -> {
            // A saved filter deleted elsewhere falls back to every interview.
            if (now == null && saved.isSelected() && filters.getValue() != null) {
                all.setSelected(true);
            } else if (now != null) {
                filters.setValue(now); // renamed elsewhere: show the new name
            }
        });
        HBox savedRow = new HBox(10, saved, filters);
        savedRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("exportSelectionSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.selectionSummary);
        summary.getStyleClass().add(UiStyles.CALLOUT);
        summary.visibleProperty().bind(Bindings.isNotEmpty(model.selectionSummary));
        summary.managedProperty().bind(summary.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.loading);
        busy.managedProperty().bind(busy.visibleProperty());
        Label error = new Label();
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);

        VBox box = Sections.titled(i18n.get("export.step.interviews"), MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE,
                Sections.hint(i18n.get("export.interviews.hint")), all, savedRow, busy, summary, error);
        box.setId("exportStepInterviews");
        return box;
    }

    private static final class NameCell extends ListCell<SavedFilter> {
        @Override
        protected void updateItem(SavedFilter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
