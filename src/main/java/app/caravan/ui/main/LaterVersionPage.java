package app.caravan.ui.main;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sync and export: a short note that they come in a later version of Caravan. */
final class LaterVersionPage extends VBox {
    LaterVersionPage(Page page, I18n i18n) {
        super(12);
        setId("later-" + page.key);
        FontIcon icon = Icons.of(page.icon, 64);
        icon.getStyleClass().add(UiStyles.BIG_ICON);
        Label title = new Label(i18n.get("nav." + page.key));
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label(i18n.get("later." + page.key));
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        what.setMaxWidth(520);
        what.setAlignment(Pos.CENTER);
        what.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label later = new Label(i18n.get("later.text"));
        later.getStyleClass().add(Styles.TEXT_BOLD);
        later.setWrapText(true);
        getChildren().addAll(icon, title, what, later);
        setAlignment(Pos.CENTER);
        getStyleClass().add(UiStyles.LATER);
    }
}
