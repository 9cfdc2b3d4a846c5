package app.caravan.ui.support;

import static app.caravan.ui.support.ShellFixture.waitUntil;

import app.caravan.ui.common.Scrolling;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Robot helpers for a long, scrolling form: scroll a field into view before a person would click it. */
public class UiRobot extends FxRobot {
    /**
     * Types {@code text} into the focused window as key events, like TestFX's write, but
     * without its pause and event wait after every character (75 ms per key): the events are
     * queued in order on the FX thread and waited for once at the end.
     */
    @Override
    public FxRobot write(String text) {
        // The focused window, else the newest one showing (a stage closed earlier stays TestFX's target).
        Scene scene = fx(() -> {
            List<Window> stages = Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
            return stages.stream().filter(Window::isFocused).findFirst()
                    .or(() -> stages.isEmpty() ? java.util.Optional.empty()
                            : java.util.Optional.of(stages.get(stages.size() - 1)))
                    .map(Window::getScene).orElse(null);
        });
        if (scene == null) {
            return write(text, 0);
        }
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            robotContext().getBaseRobot().typeKeyboard(scene, code, String.valueOf(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Brings the node on screen as a person would: selects the tab it is on, then scrolls it
     * into its scroll pane's viewport. Returns it.
     */
    public <T extends Node> T reveal(String query) {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> selectTabOf(lookup(query).query()));
        T node = ShellFixture.await(this, query);
        interact(() -> {
            // A tab just selected is laid out on the next pulse; lay it out now so positions are final.
            if (node.getScene() != null) {
                node.getScene().getRoot().applyCss();
                node.getScene().getRoot().layout();
            }
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane) {
                    pane.layout();
                    Scrolling.ensureVisible(pane, node);
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Selects, in every tab pane above {@code node}, the tab that holds it. */
    public static void selectTabOf(Node node) {
        java.util.Set<Node> ancestors = new java.util.HashSet<>();
        for (Node n = node; n != null; n = n.getParent()) {
            ancestors.add(n);
        }
        for (Node n : ancestors) {
            if (n instanceof javafx.scene.control.TabPane tabs) {
                tabs.getTabs().stream().filter(t -> ancestors.contains(t.getContent())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        }
    }

    /** Waits for the node, scrolls it into view and clicks it. */
    public UiRobot click(String query) {
        Node node = reveal(query);
        return click(node);
    }

    /**
     * Clicks the node's center after jumping there: TestFX's default glides the pointer in up
     * to 200 steps, which costs half a second per click with software rendering.
     */
    public UiRobot click(Node node) {
        javafx.geometry.Point2D target = point(node).query();
        robotContext().getMouseRobot().move(target);
        clickOn(javafx.scene.input.MouseButton.PRIMARY);
        return this;
    }

    /** Clicks into a text field (scrolling to it) and replaces its text by typing. */
    public UiRobot typeInto(String query, String text) {
        TextInputControl field = reveal(query);
        click(field);
        interact(field::selectAll);
        if (!field.getText().isEmpty()) {
            type(KeyCode.BACK_SPACE);
        }
        write(text);
        return this;
    }

    /** Pastes {@code text} into the focused control through the system clipboard (Ctrl+V). */
    public UiRobot paste(String text) {
        interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        return this;
    }

    /** The node and all its parents are visible (a hidden section hides its fields). */
    public boolean shown(String query) {
        return fx(() -> {
            for (Node n = lookup(query).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    public <T> T fx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, read);
    }

    public String textOf(String query) {
        return fx(() -> {
            Node node = lookup(query).query();
            if (node instanceof TextInputControl input) {
                return input.getText();
            }
            if (node instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
                return area.getText();
            }
            return ((javafx.scene.control.Labeled) node).getText();
        });
    }

    public void awaitText(String query, String expected) {
        waitUntil(() -> expected.equals(textOf(query)));
    }
}
