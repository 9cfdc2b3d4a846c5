package app.caravan.ui.unlock;

import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The frame shared by the welcome, create and unlock screens: a centered card with a heading. */
abstract class UnlockPage extends StackPane {
    protected final VBox card = new VBox(14);

    protected UnlockPage(Ikon icon, String title, String subtitle) {
        Label heading = new Label(title, Icons.of(icon, 32));
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setWrapText(true);
        card.getChildren().add(heading);
        if (subtitle != null) {
            Label sub = new Label(subtitle);
            sub.getStyleClass().add(Styles.TEXT_MUTED);
            sub.setWrapText(true);
            card.getChildren().add(sub);
        }
        card.getStyleClass().add(UiStyles.CARD);
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        getStyleClass().add(UiStyles.CENTERED_PAGE);
    }

    protected static Label path(Path directory) {
        Label label = new Label(directory.toAbsolutePath().toString(), Icons.of(MaterialDesignF.FOLDER_OUTLINE));
        label.getStyleClass().add(UiStyles.PATH);
        label.setWrapText(true);
        label.setId("vaultDirectory");
        return label;
    }

    protected static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** Moves the keyboard focus to the first field once the page is on screen. */
    protected abstract Node initialFocus();

    void focusFirstField() {
        Node node = initialFocus();
        if (node != null) {
            node.requestFocus();
        }
    }
}
