package app.caravan.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** A label under a new-passphrase field that says weak / fair / strong as the user types. */
public final class StrengthHint extends Label {
    private static final String[] CLASSES = {
        UiStyles.STRENGTH_EMPTY, UiStyles.STRENGTH_WEAK, UiStyles.STRENGTH_FAIR, UiStyles.STRENGTH_STRONG
    };

    public StrengthHint(PasswordField field, I18n i18n) {
        getStyleClass().add(UiStyles.STRENGTH);
        // getCharacters(), not getText(): the passphrase never becomes a String.
        field.textProperty().addListener((obs, o, n) -> update(PassphraseStrength.of(field.getCharacters()), i18n));
        update(PassphraseStrength.EMPTY, i18n);
    }

    private void update(PassphraseStrength strength, I18n i18n) {
        setText(i18n.get(strength.messageKey()));
        getStyleClass().removeAll(CLASSES);
        getStyleClass().add(CLASSES[strength.ordinal()]);
    }
}
