package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Step 2: formats, quasi-identifiers, k and the other protections, sealing and the new folder. */
final class OptionsStep {
    private OptionsStep() {
    }

    static VBox create(ExportModel model, DialogService dialogs, I18n i18n) {
        FormGrid grid = new FormGrid();
        grid.addWide(i18n.get("export.options.formats"), checks(model.formats, "format", i18n));
        grid.addWide(i18n.get("export.options.qi"), checks(model.quasiIdentifiers, "qi", i18n));
        Spinner<Integer> k = spinner("exportK", 2, 50, model.k.get());
        k.getValueFactory().valueProperty().bindBidirectional(model.k);
        grid.add(i18n.get("export.options.k"), k);
        Spinner<Integer> suppression = spinner("exportSuppression", 0, 100, model.maxSuppressionPercent.get());
        suppression.getValueFactory().valueProperty().bindBidirectional(model.maxSuppressionPercent);
        grid.add(i18n.get("export.options.suppression"), suppression);
        CheckBox lOn = new CheckBox(i18n.get("export.options.l.on"));
        lOn.setId("exportLDiversity");
        lOn.selectedProperty().bindBidirectional(model.lDiversityOn);
        lOn.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> l = spinner("exportL", 2, 20, model.l.get());
        l.getValueFactory().valueProperty().bindBidirectional(model.l);
        l.disableProperty().bind(lOn.selectedProperty().not());
        HBox lRow = new HBox(10, lOn, l);
        lRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(i18n.get("export.options.l"), lRow);
        ChoiceBox<String> places = new ChoiceBox<>();
        places.setId("exportPlaces");
        places.getItems().setAll(AnonymizedExportService.PLACE_LEVELS);
        places.setConverter(labels(i18n, "export.places"));
        places.valueProperty().bindBidirectional(model.places);
        grid.add(i18n.get("export.options.places"), places);
        CheckBox stable = new CheckBox(i18n.get("export.options.stable.on"));
        stable.setId("exportStableIds");
        stable.selectedProperty().bindBidirectional(model.stableIds);
        grid.addWide(i18n.get("export.options.stable"), new VBox(4, stable,
                Sections.hint(i18n.get("export.options.stable.hint"))));
        grid.addWide(i18n.get("export.options.seal"), recipients(model, i18n));
        grid.addWide(i18n.get("export.options.folder"), folder(model, dialogs, i18n));

        Label error = new Label();
        error.setId("exportOptionsError");
        error.setWrapText(true);
        error.textProperty().bind(model.optionsError);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.visibleProperty().bind(Bindings.isNotEmpty(model.optionsError));
        error.managedProperty().bind(error.visibleProperty());
        VBox box = Sections.titled(i18n.get("export.step.options"), MaterialDesignT.TUNE,
                Sections.hint(i18n.get("export.options.hint")), grid, error);
        box.setId("exportStepOptions");
        return box;
    }

    private static FlowPane checks(Map<String, BooleanProperty> flags, String prefix, I18n i18n) {
        FlowPane pane = new FlowPane(14, 6);
        flags.forEach((key, flag) -> {
            CheckBox box = new CheckBox(i18n.get("export." + prefix + "." + key));
            box.setId("export-" + prefix + "-" + key);
            box.selectedProperty().bindBidirectional(flag);
            pane.getChildren().add(box);
        });
        return pane;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(new IntegerSpinnerValueFactory(min, max, initial));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        // A typed number counts when the focus leaves, not only after Enter.
        spinner.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                spinner.increment(0);
            }
        });
        return spinner;
    }

    private static VBox recipients(ExportModel model, I18n i18n) {
        VBox list = new VBox(6);
        Label none = Sections.hint(i18n.get("export.options.seal.none"));
        Runnable fill = () -> {
            list.getChildren().clear();
            for (ExportModel.Recipient r : model.recipients) {
                String label = r.recipient().label() == null || r.recipient().label().isBlank()
                        ? r.recipient().recipient() : r.recipient().label() + " · " + r.recipient().recipient();
                CheckBox box = new CheckBox(label);
                box.getStyleClass().add("export-recipient");
                box.selectedProperty().bindBidirectional(r.chosen());
                list.getChildren().add(box);
            }
            if (model.recipients.isEmpty()) {
                list.getChildren().add(Sections.hint(i18n.get("export.options.seal.empty")));
            }
            list.getChildren().add(none);
        };
        model.recipients.addListener((ListChangeListener<ExportModel.Recipient>) c -> fill.run());
        fill.run();
        return list;
    }

    private static VBox folder(ExportModel model, DialogService dialogs, I18n i18n) {
        Label parent = new Label();
        parent.setId("exportParent");
        parent.getStyleClass().add(UiStyles.PATH);
        parent.setMinWidth(0);
        parent.textProperty().bind(Bindings.createStringBinding(() -> model.parent.get() == null
                ? i18n.get("export.options.folder.none") : model.parent.get().toString(), model.parent));
        Button choose = new Button(i18n.get("export.options.folder.choose"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        choose.setId("exportChooseFolder");
        choose.setOnAction(e -> dialogs.chooseFolder(i18n.get("export.options.folder.choose"), model.parent.get())
                .ifPresent(model.parent::set));
        HBox row = new HBox(10, choose, parent);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(parent, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("exportName");
        name.setPromptText(i18n.get("export.options.name.prompt"));
        name.textProperty().bindBidirectional(model.name);
        return new VBox(6, row, name, Sections.hint(i18n.get("export.options.folder.hint")));
    }

    static StringConverter<String> labels(I18n i18n, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : i18n.get(prefix + "." + key);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("choice boxes are not edited");
            }
        };
    }
}
