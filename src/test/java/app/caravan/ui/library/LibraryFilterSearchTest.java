package app.caravan.ui.library;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.SearchHit;
import app.caravan.domain.Facet;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's facet filters, saved filters and full-text search, driven like a person would. */
class LibraryFilterSearchTest extends UiRobot {
    @TempDir
    Path temp;
    LibraryFixture vault;

    @BeforeEach
    void unlock() throws Exception {
        vault = fixture(temp);
        vault.unlock(this, 6);
    }

    /** The in-memory vault here; {@link LibraryOnRealVaultTest} runs the same steps on a real one. */
    LibraryFixture fixture(Path dir) throws Exception {
        return new LibraryFixture(dir, false);
    }

    @AfterEach
    void tearDown() {
        vault.dispose();
    }

    @Test
    void twoFacetsCombineCountsFollowAndASavedFilterComesBack() {
        click("#toggleFilters");
        await(this, "#filterPanel");
        waitUntil(() -> textOf("#facet-city-tashkent").equals("Tashkent (2)"));
        assertEquals("6 of 6 interviews", textOf("#filterCount"));

        click("#facet-city-tashkent");
        click("#facet-city-samarkand");
        waitUntil(() -> textOf("#filterCount").equals("4 of 6 interviews"));
        assertEquals(List.of("Aziza", "Lev", "Pavel", "Timur"), pseudonyms());

        interact(() -> lookup("#facet-sector").queryAs(TitledPane.class).setExpanded(true));
        waitUntil(() -> textOf("#facet-sector-IT").equals("IT (3)"));
        click("#facet-sector-IT");
        waitUntil(() -> textOf("#filterCount").equals("3 of 6 interviews"));
        assertEquals(List.of("Lev", "Pavel", "Timur"), pseudonyms());
        // Counts of the city facet now count IT people only, and say what another city would add.
        waitUntil(() -> textOf("#facet-city-tashkent").equals("Tashkent (1)"));
        waitUntil(() -> textOf("#facet-city-tbilisi").equals("Tbilisi (1)"));
        Screenshots.save(vault.app.stage.getScene(), "library-filters");

        vault.app.dialogs.texts.add("IT in Uzbekistan");
        fireMenuItem("saveFilterAs");
        waitUntil(() -> savedNames().equals(List.of("IT in Uzbekistan")));

        click("#chip-sector-IT");
        waitUntil(() -> textOf("#filterCount").equals("4 of 6 interviews"));
        click("#clearFilter");
        waitUntil(() -> textOf("#filterCount").equals("6 of 6 interviews"));

        fireSaved("IT in Uzbekistan", 0);
        waitUntil(() -> textOf("#filterCount").equals("3 of 6 interviews"));
        assertEquals(List.of("Lev", "Pavel", "Timur"), pseudonyms());
        waitUntil(() -> fx(() -> lookup("#facet-sector-IT").queryAs(javafx.scene.control.CheckBox.class).isSelected()));

        vault.app.dialogs.texts.add("IT, Uzbekistan");
        fireSaved("IT in Uzbekistan", 1);
        waitUntil(() -> savedNames().equals(List.of("IT, Uzbekistan")));
        vault.app.dialogs.texts.add("it, uzbekistan");
        fireMenuItem("saveFilterAs");
        waitUntil(() -> vault.app.dialogs.errors.size() == 1);
        assertTrue(vault.app.dialogs.errors.get(0).contains("already exists"), vault.app.dialogs.errors.get(0));
        fireSaved("IT, Uzbekistan", 2);
        waitUntil(() -> savedNames().isEmpty());
    }

    @Test
    void aQueryShowsMarkedSnippetsAndOpensTheTranscriptAtTheHit() {
        typeInto("#search", "ташкент*");
        ListView<SearchHit> results = await(this, "#searchResults");
        waitUntil(() -> fx(() -> results.getItems().size()) == 3);
        assertEquals("3 interviews found", textOf("#searchSummary"));
        // Newest first; the marked words are the matches, in either script.
        assertEquals(List.of("Lev", "Aziza", "Timur"), fx(() -> results.getItems().stream().map(SearchHit::pseudonym)
                .toList()));
        waitUntil(() -> marks().containsAll(List.of("Ташкента", "Tashkent", "Ташкенте")));
        // Marked means visibly marked: the stylesheet rule reached the text (a broken rule once did not).
        assertTrue(fx(() -> lookup("#searchResults .search-mark").queryAll().stream()
                .allMatch(n -> ((Text) n).getFont().getStyle().contains("Bold") && ((Text) n).isUnderline())),
                "matches are bold and underlined");
        Screenshots.save(vault.app.stage.getScene(), "library-search");

        Node first = fx(() -> lookup("#searchResults .search-hit").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof SearchHit h && h.pseudonym().equals("Aziza")).query());
        doubleClickOn(first);
        awaitText("#editorTitle", "Aziza");
        InlineCssTextArea transcript = lookup("#transcript").query();
        waitUntil(() -> "Tashkent".equals(fx(transcript::getSelectedText)));
        Screenshots.save(vault.app.stage.getScene(), "library-search-opened");
        assertEquals("tab-transcript", fx(() -> lookup("#editorTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));

        // A restricted filter restricts the search too.
        interact(() -> lookup("#toggleFilters").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        click("#facet-city-samarkand");
        waitUntil(() -> fx(() -> results.getItems().size()) == 1);
        // The keyboard way: Enter moves into the results, Enter again opens the hit.
        clickOn("#search").type(KeyCode.ENTER).type(KeyCode.ENTER);
        awaitText("#editorTitle", "Timur");
        waitUntil(() -> "Ташкенте".equals(fx(((InlineCssTextArea) lookup("#transcript").query())::getSelectedText)));

        typeInto("#search", "\"unclosed");
        waitUntil(() -> shown("#searchError"));
        assertTrue(textOf("#searchError").contains("closed"), textOf("#searchError"));
        clickOn("#search").type(KeyCode.ESCAPE);
        waitUntil(() -> shown("#interviews"));
    }

    private List<String> marks() {
        return fx(() -> lookup("#searchResults .search-mark").queryAll().stream().map(n -> ((Text) n).getText())
                .distinct().toList());
    }

    private List<String> pseudonyms() {
        TableView<InterviewRow> table = lookup("#interviews").query();
        return fx(() -> table.getItems().stream().map(InterviewRow::pseudonym).sorted().toList());
    }

    private List<String> savedNames() {
        return fx(() -> ((MenuButton) lookup("#savedFilters").query()).getItems().stream()
                .filter(i -> i.getUserData() instanceof SavedFilter).map(MenuItem::getText).toList());
    }

    /** Menus are popups; tests fire their items the way a click would. */
    private void fireMenuItem(String id) {
        interact(() -> {
            MenuButton menu = lookup("#savedFilters").query();
            menu.getOnShowing().handle(null);
            menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
        });
    }

    private void fireSaved(String name, int action) {
        interact(() -> {
            MenuButton menu = lookup("#savedFilters").query();
            Menu entry = (Menu) menu.getItems().stream().filter(i -> name.equals(i.getText())).findFirst().orElseThrow();
            entry.getItems().get(action).fire();
        });
    }

    static InterviewFilter filterOf(Facet facet, String value) {
        return InterviewFilter.EMPTY.with(facet, Set.of(value));
    }
}
