package app.caravan.ui.editor;

import app.caravan.domain.City;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A city field with autocompletion in any script and, for a city the gazetteer lacks, an
 * inline form that adds it with its country and region, so it is found by its name next time
 * and generalizes correctly in anonymized exports.
 */
final class CityField {
    private final SessionContext context;
    private final TextField field;
    private final TextField country = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final Label title = new Label();
    private final Label error = new Label();
    private final VBox form;
    private final VBox box;
    private String pending;

    CityField(SessionContext context, TextField field, VocabularyCompletion completion) {
        this.context = context;
        this.field = field;
        I18n i18n = context.i18n();
        String id = field.getId();
        completion.cities(field, this::openForm);
        completion.countries(country);
        country.setId(id + "-newCountry");
        country.setPromptText(i18n.get("city.country"));
        region.setId(id + "-newRegion");
        region.setEditable(true);
        region.setPromptText(i18n.get("city.region"));
        region.setMaxWidth(Double.MAX_VALUE);
        Button add = new Button(i18n.get("city.add"), Icons.of(MaterialDesignP.PLUS));
        add.setId(id + "-addCity");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> add());
        Button cancel = Icons.iconButton(MaterialDesignC.CLOSE, i18n.get("dialog.cancel"));
        cancel.setOnAction(e -> closeForm());
        title.getStyleClass().add(Styles.TEXT_SMALL);
        title.setWrapText(true);
        error.getStyleClass().addAll(UiStyles.ERROR_TEXT, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        // One field per line: the form sits in a half-width column of the details form.
        HBox row = new HBox(6, add, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form = new VBox(6, title, country, region, row, error);
        form.getStyleClass().add(UiStyles.NEW_CITY_FORM);
        form.setVisible(false);
        form.setManaged(false);
        country.setOnAction(e -> add());
        form.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeForm();
                e.consume();
            }
        });
        // Typing a different name makes a half-filled form for the old one meaningless.
        field.textProperty().addListener((obs, old, now) -> {
            if (pending != null && !Objects.equals(now == null ? null : now.strip(), pending)) {
                closeForm();
            }
        });
        box = new VBox(4, field, form);
    }

    VBox node() {
        return box;
    }

    private void openForm(String name) {
        pending = name;
        title.setText(context.i18n().format("city.newTitle", name));
        Vocabulary vocabulary = context.vocabulary();
        region.getItems().setAll(vocabulary.cities().stream().map(City::region).filter(r -> !r.isBlank())
                .distinct().sorted().toList());
        country.clear();
        region.setValue(null);
        error.setVisible(false);
        form.setVisible(true);
        form.setManaged(true);
        country.requestFocus();
    }

    private void closeForm() {
        pending = null;
        form.setVisible(false);
        form.setManaged(false);
    }

    private void add() {
        String name = pending;
        if (name == null) {
            return;
        }
        String countryName = country.getText().strip();
        String regionName = region.getEditor().getText() == null ? "" : region.getEditor().getText().strip();
        Tasks.create(() -> context.session().vocabulary().addCity(name, countryName, regionName))
                .onSuccess(city -> {
                    context.refreshVocabulary();
                    closeForm();
                    field.setText(city.name());
                    field.requestFocus();
                    field.end();
                })
                .onError(failure -> {
                    error.setText(context.i18n().format("city.addFailed", context.i18n().problem(failure)));
                    error.setVisible(true);
                })
                .runOnce(context.executor());
    }
}
