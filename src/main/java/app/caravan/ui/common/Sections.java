package app.caravan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** Small building blocks shared by the forms. */
public final class Sections {
    private Sections() {
    }

    /** A titled block of a form page. */
    public static VBox titled(String title, Ikon icon, Node... content) {
        Label heading = new Label(title, icon == null ? null : Icons.of(icon));
        heading.getStyleClass().addAll(UiStyles.SECTION_TITLE, Styles.TITLE_4);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add(UiStyles.SECTION);
        return box;
    }

    /**
     * A field with its validation message under it; the field turns red while there is an error.
     * The message takes no space while there is none.
     */
    public static VBox withError(TextInputControl field, ObservableStringValue error) {
        return withError(field, field, error);
    }

    /** As above, for a group of controls ({@code shown}) of which {@code field} is marked. */
    public static VBox withError(Node shown, Node field, ObservableStringValue error) {
        Label message = new Label();
        message.getStyleClass().addAll(UiStyles.FIELD_ERROR, Styles.TEXT_SMALL);
        message.textProperty().bind(error);
        message.visibleProperty().bind(Bindings.isNotEmpty(error));
        message.managedProperty().bind(message.visibleProperty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty()));
        message.setWrapText(true);
        return new VBox(2, shown, message);
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(UiStyles.HINT, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }
}
