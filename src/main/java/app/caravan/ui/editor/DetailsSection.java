package app.caravan.ui.editor;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Gender;
import app.caravan.domain.Status;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.Wave;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.EnumChoices;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The "Interview" and "Interviewee" blocks of the editor, plus the theme picker. */
final class DetailsSection {
    final TextField pseudonym = field("pseudonym");
    final DatePicker interviewedDate;
    final TextField interviewedTime = field("interviewedTime");
    final TextField interviewer = field("interviewer");
    final TextField language = field("language");
    final TextField place = field("place");
    final TextField currentCity = field("currentCity");
    final TextField originCity = field("originCity");
    final TextField profession = field("profession");
    final ComboBox<AgeBand> ageBand;
    final ComboBox<Gender> gender;
    final DatePicker departureDate;
    final ComboBox<Wave> wave;
    final ComboBox<Status> status;
    final ThemePicker themes;

    private final VBox interviewBox;
    private final VBox intervieweeBox;
    private final VBox themesBox;

    final PseudonymRow pseudonymRow;

    DetailsSection(SessionContext context, EditorViewModel vm, VocabularyCompletion completion) {
        I18n i18n = context.i18n();
        ObservableValue<Vocabulary> vocabulary = context.vocabularyProperty();
        String notSet = i18n.get("common.notSet");
        interviewedDate = Dates.picker(i18n.locale());
        departureDate = Dates.picker(i18n.locale());
        ageBand = EnumChoices.optional(AgeBand.values(), v -> i18n.label("ageBand", v.key()), notSet);
        gender = EnumChoices.optional(Gender.values(), v -> i18n.label("gender", v.key()), notSet);
        wave = EnumChoices.optional(Wave.values(), v -> i18n.label("wave", v.key()), notSet);
        status = EnumChoices.required(Status.values(), v -> i18n.label("status", v.key()));
        ageBand.setId("ageBand");
        gender.setId("gender");
        wave.setId("wave");
        status.setId("status");
        // Shown, not edited: a save keeps the stored status; steps go through ReviewService.transition.
        status.setDisable(true);
        interviewedDate.setId("interviewedDate");
        departureDate.setId("departureDate");
        themes = new ThemePicker(vm.themes, vocabulary, i18n.get("editor.themes.none")).removableChips();
        themes.combo().setId("themes");

        bind(vm);
        CityField placeField = new CityField(context, place, completion);
        CityField currentCityField = new CityField(context, currentCity, completion);
        CityField originCityField = new CityField(context, originCity, completion);
        pseudonymRow = new PseudonymRow(context, vm, pseudonym);
        completion.professions(profession);
        VocabularyCompletion.languages(language);

        pseudonym.setPromptText(i18n.get("editor.pseudonym.prompt"));
        interviewedTime.setPromptText("14:30");
        interviewedTime.setPrefColumnCount(5);
        interviewedDate.setPrefWidth(160);
        departureDate.setPrefWidth(160);
        language.setPromptText("ru, en, uz…");
        place.setPromptText(i18n.get("editor.place.prompt"));
        currentCity.setPromptText(i18n.get("editor.city.prompt"));
        originCity.setPromptText(i18n.get("editor.city.prompt"));
        profession.setPromptText(i18n.get("editor.profession.prompt"));

        Label offset = new Label();
        offset.textProperty().bind(vm.interviewedOffsetProperty());
        offset.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (Region fixed : new Region[] {interviewedDate, interviewedTime, offset, departureDate}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox when = new HBox(6, interviewedDate, interviewedTime, offset);
        when.setAlignment(Pos.CENTER_LEFT);

        FormGrid interview = new FormGrid()
                .addWide(i18n.get("editor.pseudonym"), pseudonymRow.box())
                .addWide(i18n.get("editor.interviewedAt"), Sections.withError(when, interviewedTime, vm.interviewedError))
                .add(i18n.get("editor.status"), status)
                .add(i18n.get("editor.place"), placeField.node())
                .add(i18n.get("editor.language"), language)
                .add(i18n.get("editor.interviewer"), interviewer);
        interview.setId("interviewForm");
        interviewBox = Sections.titled(i18n.get("editor.section.interview"), MaterialDesignM.MICROPHONE_OUTLINE, interview);

        FormGrid interviewee = new FormGrid()
                .add(i18n.get("editor.currentCity"), currentCityField.node())
                .add(i18n.get("editor.originCity"), originCityField.node())
                .add(i18n.get("editor.profession"), profession)
                .add(i18n.get("editor.ageBand"), ageBand)
                .add(i18n.get("editor.gender"), gender)
                .add(i18n.get("editor.wave"), wave)
                .add(i18n.get("editor.departure"), departureDate);
        intervieweeBox = Sections.titled(i18n.get("editor.section.interviewee"), MaterialDesignA.ACCOUNT_OUTLINE,
                interviewee);

        themesBox = Sections.titled(i18n.get("editor.section.themes"), MaterialDesignT.TAG_MULTIPLE_OUTLINE,
                themes.combo(), themes.chips());
    }

    VBox interviewBox() {
        return interviewBox;
    }

    VBox intervieweeBox() {
        return intervieweeBox;
    }

    VBox themesBox() {
        return themesBox;
    }

    private void bind(EditorViewModel vm) {
        pseudonym.textProperty().bindBidirectional(vm.pseudonym);
        interviewedDate.valueProperty().bindBidirectional(vm.interviewedDate);
        interviewedTime.textProperty().bindBidirectional(vm.interviewedTime);
        interviewer.textProperty().bindBidirectional(vm.interviewer);
        language.textProperty().bindBidirectional(vm.language);
        place.textProperty().bindBidirectional(vm.place);
        currentCity.textProperty().bindBidirectional(vm.currentCity);
        originCity.textProperty().bindBidirectional(vm.originCity);
        profession.textProperty().bindBidirectional(vm.profession);
        ageBand.valueProperty().bindBidirectional(vm.ageBand);
        gender.valueProperty().bindBidirectional(vm.gender);
        departureDate.valueProperty().bindBidirectional(vm.departureDate);
        wave.valueProperty().bindBidirectional(vm.wave);
        status.valueProperty().bindBidirectional(vm.status);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
