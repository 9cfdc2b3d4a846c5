package app.caravan.ui.library;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Insight page: charts from the library's interviews, clicks that filter the library, PNG export. */
class InsightTest extends UiRobot {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path temp;
    LibraryFixture vault;

    @AfterEach
    void tearDown() {
        vault.dispose();
    }

    @Test
    void clickingABarOrACellOpensTheLibraryFilteredToIt() throws Exception {
        vault = new LibraryFixture(temp, false);
        vault.unlock(this, 6);
        click("#nav-insight");
        await(this, "#chart-countries");
        waitUntil(() -> textOf("#insightScope").startsWith("All 6 interviews"));
        waitUntil(() -> lookup("#bar-country-Uzbekistan").tryQuery().isPresent());
        Screenshots.save(vault.app.stage.getScene(), "insight-dashboard");

        click(fx(() -> lookup("#bar-country-Uzbekistan").queryAs(Node.class)));
        await(this, "#interviews");
        waitUntil(() -> textOf("#filterCount").equals("4 of 6 interviews"));
        assertTrue(lookup("#chip-country-Uzbekistan").tryQuery().isPresent());

        // The dashboard now shows the filtered set; a heatmap cell narrows it further.
        click("#nav-insight");
        waitUntil(() -> textOf("#insightScope").startsWith("4 of 6 interviews"));
        Node cell = await(this, "#heat-remote-work-tashkent");
        interact(() -> {
            javafx.scene.control.ScrollPane page = lookup("#insightCharts").query();
            page.layout();
            app.caravan.ui.common.Scrolling.ensureVisible(page, lookup("#chart-heatmap").query());
        });
        Screenshots.save(vault.app.stage.getScene(), "insight-heatmap");
        assertEquals("1", textOf("#heat-remote-work-tashkent"));
        click(cell);
        waitUntil(() -> textOf("#filterCount").equals("1 of 6 interviews"));
        TableView<InterviewRow> table = lookup("#interviews").query();
        assertEquals(List.of("Lev"), fx(() -> table.getItems().stream().map(InterviewRow::pseudonym).toList()));
    }

    @Test
    void aChartIsSavedAsARealPng() throws Exception {
        vault = new LibraryFixture(temp, false);
        vault.unlock(this, 6);
        click("#nav-insight");
        await(this, "#chart-themes");
        Path chosen = temp.resolve("themes");
        vault.app.dialogs.saveFile = chosen;
        click("#savePng-themes");
        Path png = temp.resolve("themes.png");
        waitUntil(() -> Files.exists(png) && Files.size(png) > 1000);
        waitUntil(() -> {
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
            return Arrays.equals(PNG_SIGNATURE, head);
        });
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 8));
        javax.imageio.ImageIO.read(png.toFile()).getWidth();
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 200, "the whole chart, not a sliver");
    }

    @Test
    void anEmptyVaultGetsAFriendlyEmptyState() throws Exception {
        vault = new LibraryFixture(temp, true);
        vault.unlock(this, 0);
        click("#nav-insight");
        await(this, "#insightEmpty");
        assertTrue(textOf("#insightEmpty").startsWith("No interviews yet"));
    }
}
