package app.caravan.ui.editor;

import app.caravan.domain.ConsentMethod;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.EnumChoices;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The consent checklist, the first thing a new interview shows: six separate flags, how
 * consent was given and when. Participation unlocks the transcript; once there is content it
 * can only be taken back by a withdrawal, so its box stays ticked.
 */
final class ConsentSection {
    /** Same order as {@link ConsentModel#flags()}; ids used by tests and the bundle keys. */
    static final List<String> FLAG_IDS = List.of("participation", "audioRecording", "verbatimQuotes",
            "publishUnderPseudonym", "shareAnonymizedForResearch", "recontact");

    private final VBox box;
    private final CheckBox participation;

    ConsentSection(EditorViewModel vm, I18n i18n) {
        ConsentModel consent = vm.consent;
        GridPane flags = new GridPane();
        flags.setHgap(24);
        flags.setVgap(8);
        List<BooleanProperty> properties = consent.flags();
        CheckBox first = null;
        for (int i = 0; i < properties.size(); i++) {
            CheckBox check = new CheckBox(i18n.get("consent." + FLAG_IDS.get(i)));
            check.setId("consent-" + FLAG_IDS.get(i));
            check.selectedProperty().bindBidirectional(properties.get(i));
            check.setWrapText(true);
            check.disableProperty().bind(i == 0 ? vm.participationLocked.or(vm.withdrawn) : vm.withdrawn);
            flags.add(check, i % 2, i / 2);
            first = first == null ? check : first;
        }
        participation = first;

        ComboBox<ConsentMethod> method = EnumChoices.optional(ConsentMethod.values(),
                m -> i18n.label("consentMethod", m.key()), i18n.get("common.notSet"));
        method.setId("consentMethod");
        method.valueProperty().bindBidirectional(consent.method);
        method.disableProperty().bind(vm.withdrawn);

        DatePicker recordedDate = Dates.picker(i18n.locale());
        recordedDate.setId("consentRecordedDate");
        recordedDate.setPrefWidth(160);
        recordedDate.setMinWidth(Region.USE_PREF_SIZE);
        recordedDate.valueProperty().bindBidirectional(consent.recordedDate);
        TextField recordedTime = new TextField();
        recordedTime.setId("consentRecordedTime");
        recordedTime.setPromptText("14:30");
        recordedTime.setPrefColumnCount(5);
        recordedTime.setMinWidth(Region.USE_PREF_SIZE);
        recordedTime.textProperty().bindBidirectional(consent.recordedTime);
        HBox recorded = new HBox(6, recordedDate, recordedTime);
        recorded.setAlignment(Pos.CENTER_LEFT);
        recorded.disableProperty().bind(vm.withdrawn);

        Label start = Sections.hint(i18n.get("consent.startHere"));
        start.setId("consentStartHere");
        start.visibleProperty().bind(consent.participation.not().and(vm.withdrawn.not()));
        start.managedProperty().bind(start.visibleProperty());
        start.getStyleClass().add(UiStyles.CALLOUT);
        Label locked = Sections.hint(i18n.get("consent.participationLocked"));
        locked.visibleProperty().bind(vm.participationLocked.and(vm.withdrawn.not()));
        locked.managedProperty().bind(locked.visibleProperty());
        Label message = new Label();
        message.setId("consentMessage");
        message.setWrapText(true);
        message.getStyleClass().addAll(UiStyles.WARNING_TEXT, Styles.TEXT_BOLD);
        message.textProperty().bind(vm.consentMessageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        FormGrid details = new FormGrid()
                .add(i18n.get("consent.method"), method)
                .addWide(i18n.get("consent.recordedAt"), Sections.withError(recorded, recordedTime, consent.recordedError));
        box = Sections.titled(i18n.get("editor.section.consent"), MaterialDesignH.HANDSHAKE_OUTLINE,
                start, flags, locked, message, details);
    }

    VBox box() {
        return box;
    }

    /** Where the cursor goes when a new interview opens: the first box of the checklist. */
    void focus() {
        participation.requestFocus();
    }
}
