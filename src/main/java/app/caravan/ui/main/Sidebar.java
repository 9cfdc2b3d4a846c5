package app.caravan.ui.main;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Navigation between the pages; exactly one is always selected. */
final class Sidebar extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

    Sidebar(I18n i18n, Consumer<Page> onSelect) {
        super(4);
        getStyleClass().add(UiStyles.SIDEBAR);
        setId("sidebar");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(i18n.get("nav." + page.key), Icons.of(page.icon, 18));
            button.setId("nav-" + page.key);
            button.setToggleGroup(group);
            button.getStyleClass().add(UiStyles.SIDEBAR_BUTTON);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(i18n.get("nav." + page.key + ".tooltip") + " (" + page.shortcut.display() + ")"));
            button.setUserData(page);
            buttons.put(page, button);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // Clicking the selected entry again must not leave the window without a page.
                group.selectToggle(old);
            } else {
                onSelect.accept((Page) now.getUserData());
            }
        });
    }

    Page selected() {
        return (Page) group.getSelectedToggle().getUserData();
    }

    void select(Page page) {
        group.selectToggle(buttons.get(page));
    }
}
