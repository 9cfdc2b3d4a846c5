package app.caravan.ui.main;

import static app.caravan.ui.support.ShellFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.ShellFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard and screen-reader basics on every screen, on a real vault with interviews: an
 * icon-only button says what it does (tooltip and accessible text), and a control that Tab
 * stops at can really take the focus. Every tab of every page is visited.
 */
class AccessibilityOnRealVaultTest extends RealVaultUiTest {
    private static final List<String> PAGES = List.of("interviews", "codebook", "insight", "review", "sync",
            "export", "settings");

    @TempDir
    Path temp;
    private final Set<String> iconOnlySeen = new LinkedHashSet<>();

    @Test
    void everyIconOnlyButtonIsExplainedAndEveryTabStopTakesTheFocus() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            for (String name : List.of("Timur", "Dilnoza", "Arman")) {
                Interview created = Fixtures.consentedInterview(session);
                session.interviews().save(session.interviews().get(created.id()).toBuilder().pseudonym(name)
                        .transcript("Интервьюер: Когда вы уехали? " + name + ": В сентябре, через Верхний Ларс.")
                        .build());
            }
        }
        Set<String> problems = new LinkedHashSet<>();

        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        await(this, "#passphrase");
        problems.addAll(check("unlock screen"));

        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        await(this, "#mainWindow");
        openFirstInterview();
        for (String page : PAGES) {
            click("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();
            // Pages load in the background; what they add is part of the page.
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            problems.addAll(check(page));
            for (TabPane tabs : fx(() -> tabPanes(app.stage.getScene().getRoot()))) {
                for (Tab tab : fx(tabs::getTabs)) {
                    interact(() -> tabs.getSelectionModel().select(tab));
                    problems.addAll(check(page + " / " + fx(tab::getText)));
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(problems));

        // The sidebar draws its own button backgrounds, so it must draw keyboard focus too.
        click("#nav-settings");
        java.util.Map<Node, int[]> unfocused = new java.util.HashMap<>();
        for (Node button : lookup("#sidebar .toggle-button").queryAll()) {
            unfocused.put(button, pixels(button));
        }
        Node focused = null;
        for (int i = 0; i < 60 && focused == null; i++) {
            type(javafx.scene.input.KeyCode.TAB);
            Node owner = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> app.stage.getScene().getFocusOwner());
            focused = unfocused.containsKey(owner) ? owner : null;
        }
        assertTrue(focused != null, "Tab reaches the sidebar");
        assertTrue(!java.util.Arrays.equals(unfocused.get(focused), pixels(focused)),
                "keyboard focus on the sidebar is visible: " + focused.getId());
        assertTrue(iconOnlySeen.size() >= 5, "the walk found the icon-only buttons: " + iconOnlySeen);
    }

    private static int[] pixels(Node node) {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> node.snapshot(null, null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        return argb;
    }

    /** What is wrong on the screen as it is shown now. */
    private List<String> check(String where) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            List<String> found = new ArrayList<>();
            Parent root = app.stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            List<Control> controls = new ArrayList<>();
            collect(root, controls);
            for (Control control : controls) {
                String name = describe(control);
                if (control instanceof ButtonBase button && iconOnly(button)) {
                    iconOnlySeen.add(name);
                    if (button.getTooltip() == null || blank(button.getAccessibleText())) {
                        found.add(where + ": icon-only " + name + " needs a tooltip and accessible text");
                    }
                }
            }
            Node before = app.stage.getScene().getFocusOwner();
            for (Control control : controls) {
                if (control.isFocusTraversable() && !control.isDisabled() && !(control instanceof ScrollPane)
                        && !(control instanceof SplitPane)) {
                    control.requestFocus();
                    if (!control.isFocused() && !focusWithin(control)) {
                        found.add(where + ": " + describe(control) + " is a tab stop but cannot take the focus");
                    }
                }
            }
            if (before != null) {
                before.requestFocus();
            }
            return found;
        });
    }

    private static boolean focusWithin(Control control) {
        Node owner = control.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
    }

    /** The controls a person can see now: hidden branches and unselected tabs are skipped. */
    private static void collect(Node node, List<Control> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control) {
            into.add(control);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static List<TabPane> tabPanes(Node node) {
        List<TabPane> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof TabPane tabs) {
            found.add(tabs);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(tabPanes(child));
            }
        }
        return found;
    }

    private static boolean iconOnly(ButtonBase button) {
        return blank(button.getText()) && button.getGraphic() != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(Control control) {
        String id = control.getId() == null ? "" : "#" + control.getId();
        String text = control instanceof Labeled labeled && !blank(labeled.getText()) ? " '" + labeled.getText() + "'"
                : "";
        String tooltip = control.getTooltip() == null ? "" : " (tooltip '" + control.getTooltip().getText() + "')";
        String parent = control.getParent() == null ? "" : " in " + control.getParent().getClass().getSimpleName()
                + (control.getParent().getId() == null ? "" : "#" + control.getParent().getId());
        return control.getClass().getSimpleName() + id + text + tooltip + parent;
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
