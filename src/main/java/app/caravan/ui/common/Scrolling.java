package app.caravan.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused field of a long form on screen, e.g. when tabbing through it. */
public final class Scrolling {
    private static final double MARGIN = 24;

    private Scrolling() {
    }

    /**
     * {@code content} in a vertical scroll pane that follows the keyboard focus while
     * {@code owner} is in a scene (so tabbing through a long form never leaves the screen).
     */
    public static ScrollPane followingFocus(Node owner, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        javafx.beans.value.ChangeListener<Node> followFocus = (o, was, focused) -> {
            if (focused != null) {
                ensureVisible(scroll, focused);
            }
        };
        owner.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
        return scroll;
    }

    /** Scrolls {@code pane} vertically just enough to show {@code node} (if it is inside). */
    public static void ensureVisible(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || !isInside(node, content)) {
            return;
        }
        Bounds nodeBounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (nodeBounds.getMinY() - MARGIN < top) {
            target = nodeBounds.getMinY() - MARGIN;
        } else if (nodeBounds.getMaxY() + MARGIN > top + viewport) {
            target = Math.min(nodeBounds.getMaxY() + MARGIN - viewport, nodeBounds.getMinY() - MARGIN);
        }
        if (target != top) {
            pane.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
