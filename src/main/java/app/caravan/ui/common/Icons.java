package app.caravan.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon helpers; icon-only buttons always get a tooltip so they can be understood. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    public static <B extends ButtonBase> B decorate(B button, Ikon ikon) {
        button.setGraphic(of(ikon));
        return button;
    }

    /** A button showing only an icon; {@code tooltip} is also its accessible text. */
    public static Button iconButton(Ikon ikon, String tooltip) {
        Button button = new Button(null, of(ikon));
        button.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }
}
