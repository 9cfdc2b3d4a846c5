package app.caravan.ui.main;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

/**
 * F1: every keyboard shortcut, grouped by where it works, over a dimmed window. Built from
 * {@link Shortcut}, the same list the views match keys against. Esc, F1 or a click outside
 * closes it.
 */
final class ShortcutsOverlay extends StackPane {
    private Runnable onClosed = () -> { };

    ShortcutsOverlay(I18n i18n) {
        setId("shortcutsOverlay");
        getStyleClass().add(UiStyles.SHORTCUTS_OVERLAY);
        Label title = new Label(i18n.get("shortcuts.title"), Icons.of(MaterialDesignK.KEYBOARD_OUTLINE));
        title.getStyleClass().add(Styles.TITLE_3);
        Label close = new Label(i18n.get("shortcuts.close"));
        close.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox columns = new HBox(28);
        VBox left = new VBox(14);
        VBox right = new VBox(14);
        for (Shortcut.Group group : Shortcut.Group.values()) {
            VBox target = group == Shortcut.Group.GENERAL || group == Shortcut.Group.EDITOR
                    || group == Shortcut.Group.REVIEW ? left : right;
            target.getChildren().add(group(group, i18n));
        }
        columns.getChildren().addAll(left, right);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox card = new VBox(14, header, scroll);
        card.getStyleClass().add(UiStyles.SHORTCUTS_CARD);
        card.setMaxWidth(920);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // Clicks on the card stay there; clicks on the dimmed rest close the overlay.
        card.setOnMouseClicked(javafx.event.Event::consume);
        getChildren().add(card);
        setOnMouseClicked(e -> close());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                close();
                e.consume();
            }
        });
        setVisible(false);
    }

    void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    void open() {
        setVisible(true);
        requestFocus();
    }

    void close() {
        if (isVisible()) {
            setVisible(false);
            onClosed.run();
        }
    }

    private static VBox group(Shortcut.Group group, I18n i18n) {
        Label heading = new Label(i18n.get(group.messageKey()));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(5);
        int row = 0;
        for (Shortcut s : Shortcut.listedIn(group)) {
            Label key = new Label(s.display());
            key.getStyleClass().add(UiStyles.SHORTCUT_KEY);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i18n.get(s.messageKey()));
            what.setWrapText(true);
            what.setMaxWidth(300);
            grid.add(key, 0, row);
            grid.add(what, 1, row);
            row++;
        }
        return new VBox(6, heading, grid);
    }
}
