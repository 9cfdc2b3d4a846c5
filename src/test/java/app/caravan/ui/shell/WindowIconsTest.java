package app.caravan.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window icons are packaged and decode to the sizes their names promise. */
class WindowIconsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeIsThereAndReadable() {
        List<Image> icons = WindowIcons.load();

        assertEquals(WindowIcons.SIZES.length, icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertFalse(icon.isError(), "icon " + WindowIcons.SIZES[i]);
            assertEquals(WindowIcons.SIZES[i], icon.getWidth(), "width of icon " + WindowIcons.SIZES[i]);
            assertEquals(WindowIcons.SIZES[i], icon.getHeight(), "height of icon " + WindowIcons.SIZES[i]);
        }
    }
}
