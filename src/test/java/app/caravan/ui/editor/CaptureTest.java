package app.caravan.ui.editor;

import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Field-capture UI tests start unlocked on the {@link CaptureFixture} vault and dispose of it after. */
abstract class CaptureTest extends UiRobot {
    @TempDir
    Path temp;
    CaptureFixture vault;

    @BeforeEach
    void unlock() throws Exception {
        vault = new CaptureFixture(temp);
        vault.unlock(this);
    }

    @AfterEach
    void tearDown() {
        vault.dispose();
    }
}
