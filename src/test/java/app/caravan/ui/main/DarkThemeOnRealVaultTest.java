package app.caravan.ui.main;

import static app.caravan.ui.support.ShellFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.caravan.Fixtures;
import app.caravan.app.AppPreferences;
import app.caravan.app.LocalVaultService;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.ShellFixture;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page in the dark theme, on a real vault: snapshots for people to look at
 * ({@code target/screenshots/dark-*.png}), and a check that no page keeps large light areas,
 * which is what a colour hard-coded for the light theme looks like.
 */
class DarkThemeOnRealVaultTest extends RealVaultUiTest {
    /** Share of near-white pixels a dark page may have (text, icons, charts' own colours). */
    private static final double MAX_LIGHT_SHARE = 0.06;

    @TempDir
    Path temp;

    @AfterEach
    void lightAgain() {
        interact(() -> CaravanShell.applyTheme(AppPreferences.Look.LIGHT));
    }

    @Test
    void noPageHasLargeLightAreasInTheDarkTheme() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            for (String name : List.of("Timur", "Dilnoza")) {
                Interview created = Fixtures.consentedInterview(session);
                session.interviews().save(session.interviews().get(created.id()).toBuilder().pseudonym(name)
                        .transcript("[00:01:10] Интервьюер: Когда вы уехали? " + name + ": В сентябре, через Верхний Ларс.")
                        .build());
            }
        }
        PreferencesFile preferences = new PreferencesFile(temp.resolve("config"));
        preferences.save(AppPreferences.defaults().withLook(AppPreferences.Look.DARK));

        unlock(vaults, dir, Locale.ENGLISH, preferences);
        openFirstInterview();
        javafx.scene.control.TabPane editorTabs = await(this, "#editorTabs");
        List<String> light = new ArrayList<>();
        for (int i = 0; i < fx(() -> editorTabs.getTabs().size()); i++) {
            int tab = i;
            interact(() -> editorTabs.getSelectionModel().select(tab));
            check(light, "editor-" + fx(() -> editorTabs.getTabs().get(tab).getId() == null ? String.valueOf(tab)
                    : editorTabs.getTabs().get(tab).getId()));
        }
        for (String page : List.of("interviews", "codebook", "insight", "review", "sync", "export", "settings")) {
            click("#nav-" + page);
            check(light, page);
        }
        assertEquals(List.of(), light);
    }

    private void check(List<String> light, String name) throws java.io.IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Path png = Screenshots.save(app.stage.getScene(), "dark-" + name);
        double share = lightShare(ImageIO.read(png.toFile()));
        if (share > MAX_LIGHT_SHARE) {
            light.add(name + String.format(Locale.ROOT, " %.0f %% near-white (%s)", share * 100, png));
        }
    }

    private static double lightShare(BufferedImage image) {
        long bright = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luminance = (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff)
                        + 0.0722 * (rgb & 0xff)) / 255;
                bright += luminance > 0.85 ? 1 : 0;
            }
        }
        return (double) bright / ((long) image.getWidth() * image.getHeight());
    }

    /** Selects the first interview of the library and waits until the editor shows it. */
    private void openFirstInterview() {
        javafx.scene.control.TableView<?> table = ShellFixture.await(this, "#interviews");
        ShellFixture.waitUntil(() -> WaitForAsyncUtils.waitForAsyncFx(30_000, () -> table.getItems().size()) > 0);
        interact(() -> table.getSelectionModel().select(0));
        ShellFixture.waitUntil(() -> WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            javafx.scene.Node tabs = lookup("#editorTabs").query();
            return tabs.getScene() != null && tabs.isVisible() && tabs.getParent().isVisible()
                    && !((javafx.scene.control.Labeled) lookup("#editorTitle").query()).getText().isBlank();
        }));
    }
}
