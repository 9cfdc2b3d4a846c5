package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Background;
import app.caravan.domain.City;
import app.caravan.domain.Gender;
import app.caravan.domain.PseudonymGenerator;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.ui.support.CssWarnings;
import app.caravan.ui.support.Screenshots;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Autocomplete across scripts with inline new cities, the pseudonym generator, the codebook editor. */
class DetailsAndCodebookTest extends CaptureTest {
    @Test
    void citiesAutocompleteInAnyScriptAndNewOnesAreAddedInline() {
        CssWarnings css = CssWarnings.listen();
        vault.open(this, "Aziza");
        for (String typed : List.of("Ташк", "tosh", "tash")) {
            typeInto("#currentCity", typed);
            waitUntil(() -> onlySuggestion().equals("Tashkent"));
        }
        Screenshots.save(fx(() -> lookup(".auto-complete-popup").queryAll().stream().filter(ListView.class::isInstance)
                .filter(DetailsAndCodebookTest::showing).findFirst().orElseThrow().getScene()), "25-city-suggestion");
        click(cellWithText("Tashkent"));
        awaitText("#currentCity", "Tashkent");

        typeInto("#originCity", "Novi Sad");
        waitUntil(() -> onlySuggestion().equals("Novi Sad"));
        assertTrue(fx(() -> popupCells().contains("＋ Add “Novi Sad” as a new city…")), String.valueOf(popupCells()));
        click(cellWithText("＋ Add “Novi Sad” as a new city…"));
        await(this, "#originCity-newCountry");
        waitUntil(() -> lookup("#originCity-newCountry").query().isFocused());
        write("Serbia");
        interact(() -> lookup("#originCity-newRegion").queryAs(ComboBox.class).getEditor().setText("Europe"));
        Screenshots.save(vault.app.stage.getScene(), "26-new-city-inline");
        click("#originCity-addCity");
        waitUntil(() -> vault.vaults.vault(vault.dir).cities().stream().anyMatch(c -> c.name().equals("Novi Sad")));
        City added = vault.vaults.vault(vault.dir).cities().stream().filter(c -> c.name().equals("Novi Sad"))
                .findFirst().orElseThrow();
        assertEquals("Serbia", added.country());
        assertEquals("Europe", added.region());
        waitUntil(() -> !shown("#originCity-newCountry"));
        vault.saveNow(this);
        waitUntil(() -> "novi-sad".equals(vault.stored("Aziza").originCity())
                && "tashkent".equals(vault.stored("Aziza").currentCity()));
        // Found by its name from now on, like the seeded cities.
        typeInto("#place", "novi");
        waitUntil(() -> onlySuggestion().equals("Novi Sad"));
        assertFalse(fx(() -> popupCells().stream().anyMatch(c -> c.startsWith("＋"))));
        type(KeyCode.ESCAPE);
        // ControlsFX styles its popup for Modena; caravan.css gives it the colours it looks up.
        assertEquals(List.of(), css.stop().stream().filter(w -> w.contains("auto-complete")).distinct().toList());
    }

    @Test
    void theGeneratorProposesUnusedNamesOfTheBackgroundAndTypedClashesAreWarned() {
        vault.open(this, "Aziza");
        click("#gender");
        click(cellWithText("Woman"));
        click("#background");
        click(cellWithText("Uzbek"));
        Set<String> uzbekWomen = PseudonymGenerator.standard().names(Background.UZBEK, Gender.WOMAN).stream()
                .map(PseudonymGenerator.Name::latin).collect(Collectors.toSet());
        String previous = textOf("#pseudonym");
        for (int i = 0; i < 3; i++) {
            String before = textOf("#pseudonym");
            press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
            waitUntil(() -> !textOf("#pseudonym").equals(before));
            String proposed = textOf("#pseudonym");
            assertTrue(uzbekWomen.contains(proposed), proposed + " is an Uzbek woman's name");
            assertNotEquals("Timur", proposed);
            vault.saveNow(this);
            waitUntil(() -> vault.vaults.vault(vault.dir).interviews().values().stream()
                    .anyMatch(x -> x.pseudonym().equals(proposed)));
            previous = proposed;
        }
        assertEquals(previous, textOf("#editorTitle"));

        typeInto("#pseudonym", "Nigora");
        waitUntil(() -> textOf("#pseudonymWarning").equals("Careful: this matches a person mentioned in “Timur”."));
        typeInto("#pseudonym", "Тимур");
        waitUntil(() -> textOf("#pseudonymWarning").startsWith("Careful: this matches the real name of an interviewee"));
        assertFalse(textOf("#pseudonymWarning").contains("Рахимов"), "the warning never shows the real name");
        Screenshots.save(vault.app.stage.getScene(), "27-pseudonym-warning");
        typeInto("#pseudonym", "Dilnoza");
        waitUntil(() -> !shown("#pseudonymWarning"));
    }

    @Test
    void theCodebookIsEditableAndMergingRecodesEverySegment() {
        click("#nav-codebook");
        TreeView<Theme> tree = await(this, "#themeTree");
        select(tree, "civic-activism");
        vault.app.dialogs.texts.add("Donations");
        press(KeyCode.INSERT).release(KeyCode.INSERT);
        waitUntil(() -> theme("donations") != null);
        assertEquals("civic-activism", theme("donations").parentKey(), "added under the selected theme");

        vault.app.dialogs.texts.add("Donations and fundraising");
        click("#renameTheme");
        waitUntil(() -> theme("donations").name().equals("Donations and fundraising"));

        interact(() -> {
            ColorPicker picker = lookup("#themeColor").query();
            picker.setValue(Color.web("#123456"));
            picker.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> theme("donations").color().equals("#123456"));

        vault.app.dialogs.choices.add("(top level)");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> theme("donations").parentKey() == null);
        vault.app.dialogs.choices.add("Return intentions");
        click("#moveTheme");
        waitUntil(() -> "return-intentions".equals(theme("donations").parentKey()));
        Screenshots.save(vault.app.stage.getScene(), "28-codebook");

        // Timur's interview codes "family-left-behind" on two segments: merging it recodes both.
        select(tree, "family-left-behind");
        vault.app.dialogs.choices.add("Mobilization and draft evasion");
        click("#mergeTheme");
        waitUntil(() -> theme("family-left-behind") == null);
        assertTrue(vault.app.dialogs.confirmations.get(vault.app.dialogs.confirmations.size() - 1)
                .endsWith("2 codings will change."), vault.app.dialogs.confirmations.toString());
        awaitText("#codebookMessage", "“Family left behind” was merged into “Mobilization and draft evasion”; 2 codings were recoded.");
        List<Segment> segments = vault.stored("Timur").segments();
        assertTrue(segments.stream().noneMatch(s -> s.themes().contains("family-left-behind")));
        assertEquals(3, segments.stream().filter(s -> s.themes().contains("mobilization")).count());

        // The editor shows the new codebook at once.
        click("#nav-interviews");
        vault.open(this, "Timur");
        reveal("#quickThemes");
        assertEquals("2  Mobilization and draft evasion", textOf("#quickTheme-2"));
    }

    private Theme theme(String key) {
        return vault.vaults.vault(vault.dir).themes().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    private void select(TreeView<Theme> tree, String key) {
        interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                TreeItem<Theme> item = tree.getTreeItem(row);
                if (item.getValue().key().equals(key)) {
                    tree.getSelectionModel().select(item);
                    tree.requestFocus();
                }
            }
        });
    }

    private List<String> popupCells() {
        return lookup(".auto-complete-popup").queryAll().stream().filter(ListView.class::isInstance)
                .map(n -> (ListView<?>) n).filter(DetailsAndCodebookTest::showing)
                .flatMap(l -> l.lookupAll(".list-cell").stream())
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getText()).filter(t -> t != null && !t.isBlank())
                .toList();
    }

    /** The one suggestion for what was typed, once the list shows just that. */
    private String onlySuggestion() {
        return fx(() -> lookup(".auto-complete-popup").queryAll().stream().filter(ListView.class::isInstance)
                .map(n -> (ListView<?>) n).filter(l -> showing(l) && l.getItems().size() == 1)
                .map(l -> String.valueOf(l.getItems().get(0))).findFirst().orElse(""));
    }

    private Node cellWithText(String text) {
        waitUntil(() -> lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && text.equals(c.getText() == null ? null : c.getText().strip()) && showing(n)).tryQuery().isPresent());
        return lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && text.equals(c.getText() == null ? null : c.getText().strip()) && showing(n)).query();
    }

    /** On screen: a hidden popup keeps its scene, so visibility alone does not tell. */
    private static boolean showing(Node n) {
        return n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
    }
}
