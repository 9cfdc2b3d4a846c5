package app.caravan.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app icon in the sizes the window managers pick from (title bar, task bar, Alt+Tab);
 * rendered from installer/icons/caravan.svg by installer/icons/render.sh.
 */
final class WindowIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String name = "/app/caravan/ui/icons/caravan-" + size + ".png";
            try (InputStream in = WindowIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The window icon " + name + " is missing from the application");
                }
                icons.add(new Image(in));
            } catch (IOException e) {
                throw new IllegalStateException("The window icon " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
        return icons;
    }
}
