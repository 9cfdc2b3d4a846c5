package app.caravan.ui.shell;

import app.caravan.app.AppPreferences.Language;
import app.caravan.ui.common.Appearance;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The language choice above the unlock screens: whoever sits at the laptop may not read the
 * language it starts in, and Settings is only reachable after unlocking.
 */
final class LanguageMenu extends HBox {
    LanguageMenu(Appearance appearance, I18n i18n) {
        MenuButton menu = new MenuButton(i18n.get("appearance.language." + appearance.current().language().key()),
                Icons.of(MaterialDesignT.TRANSLATE));
        menu.setId("unlockLanguage");
        menu.getStyleClass().addAll(Styles.FLAT);
        menu.setTooltip(new javafx.scene.control.Tooltip(i18n.get("appearance.language")));
        menu.setAccessibleText(i18n.get("appearance.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(i18n.get("appearance.language." + language.key()));
            item.setId("unlockLanguage-" + language.key());
            item.setToggleGroup(group);
            item.setSelected(language == appearance.current().language());
            item.setOnAction(e -> appearance.change(appearance.current().withLanguage(language)));
            menu.getItems().add(item);
        }
        getChildren().add(menu);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().addAll(UiStyles.CENTERED_PAGE, UiStyles.LANGUAGE_BAR);
    }
}
