package app.caravan.ui.shell;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** What the window shows from the moment a lock starts until the unlock screen is back: nothing of the vault. */
final class LockingPane extends StackPane {
    LockingPane(I18n i18n, String message) {
        setId("locking");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        Label text = new Label(message);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, progress, text);
        box.setAlignment(Pos.CENTER);
        getChildren().add(box);
        getStyleClass().add(UiStyles.CENTERED_PAGE);
        setAccessibleText(i18n.get("app.name") + ": " + message);
    }
}
