package app.caravan.ui.settings;

import app.caravan.app.AppPreferences;
import app.caravan.app.AppPreferences.Language;
import app.caravan.app.AppPreferences.Look;
import app.caravan.ui.common.Appearance;
import app.caravan.ui.common.EnumChoices;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Language, light or dark theme, and the neutral window title. They belong to the app on this
 * computer, not to the vault, and apply as soon as they are chosen.
 */
final class AppearanceSection {
    private AppearanceSection() {
    }

    static VBox create(Appearance appearance, I18n i18n) {
        AppPreferences now = appearance.current();

        ComboBox<Language> language = EnumChoices.required(Language.values(),
                value -> i18n.get("appearance.language." + value.key()));
        language.setId("language");
        language.setValue(now.language());
        language.setMaxWidth(260);
        language.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                appearance.change(appearance.current().withLanguage(chosen));
            }
        });

        ToggleGroup looks = new ToggleGroup();
        RadioButton light = look(i18n.get("appearance.theme.light"), "themeLight", Look.LIGHT, looks);
        RadioButton dark = look(i18n.get("appearance.theme.dark"), "themeDark", Look.DARK, looks);
        looks.selectToggle(now.look() == Look.DARK ? dark : light);
        looks.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                looks.selectToggle(old);
            } else {
                appearance.change(appearance.current().withLook((Look) chosen.getUserData()));
            }
        });
        HBox themes = new HBox(16, light, dark);
        themes.setAlignment(Pos.CENTER_LEFT);

        CheckBox neutral = new CheckBox(i18n.get("appearance.neutralTitle"));
        neutral.setId("neutralTitle");
        neutral.setSelected(now.neutralTitle());
        TextField name = new TextField(now.neutralName());
        name.setId("neutralTitleText");
        name.setPromptText(AppPreferences.DEFAULT_NEUTRAL_NAME);
        name.setMaxWidth(260);
        name.disableProperty().bind(neutral.selectedProperty().not());
        Runnable applyTitle = () -> {
            appearance.change(appearance.current().withNeutralTitle(neutral.isSelected(), name.getText()));
            name.setText(appearance.current().neutralName());
        };
        neutral.selectedProperty().addListener((obs, old, on) -> applyTitle.run());
        name.setOnAction(e -> applyTitle.run());
        name.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                applyTitle.run();
            }
        });

        FormGrid form = new FormGrid();
        form.addWide(i18n.get("appearance.language"), language);
        form.addWide(i18n.get("appearance.theme"), themes);
        form.setMaxWidth(520);

        Label problem = new Label();
        problem.setId("appearanceProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(UiStyles.ERROR_TEXT);
        problem.textProperty().bind(appearance.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox section = Sections.titled(i18n.get("appearance.title"), MaterialDesignP.PALETTE_OUTLINE,
                Sections.hint(i18n.get("appearance.hint")), form,
                new VBox(6, neutral, name, Sections.hint(i18n.get("appearance.neutralTitle.hint"))), problem);
        section.setId("appearanceSection");
        return section;
    }

    private static RadioButton look(String text, String id, Look look, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(look);
        button.setToggleGroup(group);
        return button;
    }
}
