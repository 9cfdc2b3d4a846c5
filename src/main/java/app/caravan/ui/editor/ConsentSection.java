package app.caravan.ui.editor;

import app.caravan.domain.ConsentMethod;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.EnumChoices;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
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

/** Six separate consent flags, how consent was given and when, and a withdrawal date. */
final class ConsentSection {
    /** Same order as {@link ConsentModel#flags()}; ids used by tests and the bundle keys. */
    static final List<String> FLAG_IDS = List.of("participation", "audioRecording", "verbatimQuotes",
            "publishUnderPseudonym", "shareAnonymizedForResearch", "recontact");

    private final VBox box;

    ConsentSection(ConsentModel consent, I18n i18n) {
        GridPane flags = new GridPane();
        flags.setHgap(24);
        flags.setVgap(8);
        List<BooleanProperty> properties = consent.flags();
        for (int i = 0; i < properties.size(); i++) {
            CheckBox check = new CheckBox(i18n.get("consent." + FLAG_IDS.get(i)));
            check.setId("consent-" + FLAG_IDS.get(i));
            check.selectedProperty().bindBidirectional(properties.get(i));
            check.setWrapText(true);
            flags.add(check, i % 2, i / 2);
        }

        ComboBox<ConsentMethod> method = EnumChoices.optional(ConsentMethod.values(),
                m -> i18n.label("consentMethod", m.key()), i18n.get("common.notSet"));
        method.setId("consentMethod");
        method.valueProperty().bindBidirectional(consent.method);

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

        DatePicker withdrawn = Dates.picker(i18n.locale());
        withdrawn.setId("consentWithdrawnDate");
        withdrawn.setPrefWidth(160);
        withdrawn.setMinWidth(Region.USE_PREF_SIZE);
        withdrawn.valueProperty().bindBidirectional(consent.withdrawnDate);

        Label withdrawnWarning = new Label(i18n.get("consent.withdrawnWarning"));
        withdrawnWarning.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        withdrawnWarning.setWrapText(true);
        withdrawnWarning.visibleProperty().bind(consent.withdrawnDate.isNotNull());
        withdrawnWarning.managedProperty().bind(withdrawnWarning.visibleProperty());

        FormGrid details = new FormGrid()
                .add(i18n.get("consent.method"), method)
                .add(i18n.get("consent.withdrawnAt"), withdrawn)
                .addWide(i18n.get("consent.recordedAt"), Sections.withError(recorded, recordedTime, consent.recordedError));
        box = Sections.titled(i18n.get("editor.section.consent"), MaterialDesignH.HANDSHAKE_OUTLINE,
                flags, details, withdrawnWarning);
    }

    VBox box() {
        return box;
    }
}
