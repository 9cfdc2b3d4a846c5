package app.caravan.ui.editor;

import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Real name, contact and mentioned people: hidden behind an explicit "Reveal identity", and
 * only then loaded from the vault, so they are never on screen by accident.
 */
final class IdentitySection {
    final Button reveal;
    final Button hide;
    final BooleanProperty loading = new SimpleBooleanProperty();
    private final VBox box;

    IdentitySection(IdentityModel identity, I18n i18n, Runnable onReveal) {
        reveal = new Button(i18n.get("identity.reveal"), Icons.of(MaterialDesignE.EYE_OUTLINE));
        reveal.setId("revealIdentity");
        reveal.setOnAction(e -> onReveal.run());
        reveal.disableProperty().bind(loading);
        hide = new Button(i18n.get("identity.hide"), Icons.of(MaterialDesignE.EYE_OFF_OUTLINE));
        hide.setId("hideIdentity");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(loading);
        progress.managedProperty().bind(loading);

        Label hiddenText = Sections.hint(i18n.get("identity.hiddenText"));
        HBox hidden = new HBox(10, reveal, progress);
        hidden.setAlignment(Pos.CENTER_LEFT);
        VBox hiddenBox = new VBox(8, hiddenText, hidden);

        TextField realName = new TextField();
        realName.setId("realName");
        realName.textProperty().bindBidirectional(identity.realName);
        TextField contact = new TextField();
        contact.setId("contact");
        contact.setPromptText(i18n.get("identity.contact.prompt"));
        contact.textProperty().bindBidirectional(identity.contact);
        TextArea people = new TextArea();
        people.setId("mentionedPeople");
        people.setPrefRowCount(3);
        people.setPromptText(i18n.get("identity.mentionedPeople.prompt"));
        people.textProperty().bindBidirectional(identity.mentionedPeople);
        FormGrid form = new FormGrid()
                .add(i18n.get("identity.realName"), realName)
                .add(i18n.get("identity.contact"), contact)
                .addWide(i18n.get("identity.mentionedPeople"), people);
        VBox revealedBox = new VBox(8, form, hide);

        hiddenBox.visibleProperty().bind(identity.revealed.not());
        hiddenBox.managedProperty().bind(hiddenBox.visibleProperty());
        revealedBox.visibleProperty().bind(identity.revealed);
        revealedBox.managedProperty().bind(revealedBox.visibleProperty());

        box = Sections.titled(i18n.get("editor.section.identity"), MaterialDesignS.SHIELD_ACCOUNT_OUTLINE,
                hiddenBox, revealedBox);
        box.getStyleClass().add(UiStyles.IDENTITY);
    }

    VBox box() {
        return box;
    }
}
