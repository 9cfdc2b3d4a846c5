package app.caravan.ui.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Empties every control below the given nodes that may show vault content: text fields and
 * areas (passphrases included), the transcript editor and its undo history, lists, tables and
 * labels. Used on a locked window's nodes once its session is closed, so that nothing read from
 * the vault stays referenced by the UI. Run it only after the session is closed: clearing an
 * editor counts as an edit, and an edit must find a locked vault, not save an empty transcript.
 */
public final class ContentWipe {
    private ContentWipe() {
    }

    public static void clear(Node... roots) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        for (Node root : roots) {
            if (root != null) {
                todo.push(root);
            }
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            wipe(node);
            for (Node child : children(node)) {
                if (child != null) {
                    todo.push(child);
                }
            }
        }
    }

    private static void wipe(Node node) {
        if (node instanceof TextInputControl input && !input.textProperty().isBound()) {
            input.clear();
        } else if (node instanceof GenericStyledArea<?, ?, ?> area) {
            area.clear();
            area.getUndoManager().forgetHistory();
        } else if (node instanceof Labeled labeled && !labeled.textProperty().isBound()) {
            labeled.setText("");
        } else if (node instanceof Text text && !text.textProperty().isBound()) {
            text.setText("");
        } else if (node instanceof ListView<?> list && !list.itemsProperty().isBound()) {
            list.setItems(FXCollections.observableArrayList());
        } else if (node instanceof TableView<?> table && !table.itemsProperty().isBound()) {
            table.setItems(FXCollections.observableArrayList());
        }
    }

    /** Children in the scene graph, and content that is not (yet) a child: other tabs, scroll and split content. */
    private static Iterable<Node> children(Node node) {
        java.util.List<Node> all = new java.util.ArrayList<>();
        if (node instanceof Parent parent) {
            all.addAll(parent.getChildrenUnmodifiable());
        }
        if (node instanceof ScrollPane scroll) {
            all.add(scroll.getContent());
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                all.add(tab.getContent());
            }
        } else if (node instanceof SplitPane split) {
            all.addAll(split.getItems());
        } else if (node instanceof TitledPane titled) {
            all.add(titled.getContent());
        } else if (node instanceof Accordion accordion) {
            all.addAll(accordion.getPanes());
        }
        return all;
    }
}
