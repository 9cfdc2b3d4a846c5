package app.caravan.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.Virtualized;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * Scroll bars for a virtualized text area that wraps its lines: no horizontal bar (wrapped text
 * never scrolls sideways), and a vertical bar shown exactly when the text is taller than the pane,
 * as Flowless's own "as needed" policy shows it.
 *
 * <p>Why not that policy: Flowless re-requests the pane's layout, through
 * {@code Platform.runLater}, every time an input of its "as needed" rule changes, and the text's
 * height estimate changes with nearly every key typed (about 17 requests per key in the 200 KB
 * transcript). The extra pulse lays out nothing new, but a pulse with a pending layout and no
 * changed node marks the scene dirty with no dirty region, and JavaFX then repaints the whole
 * window: in software rendering that doubled the cost of a keystroke. Here the rule is computed
 * on every change too, but the pane hears of it only when the answer flips.
 */
public final class WrappedScrollBars {
    private WrappedScrollBars() {
    }

    /** Sets {@code pane}'s policies as described above and keeps the vertical one up to date. */
    public static <V extends Region & Virtualized> void install(VirtualizedScrollPane<V> pane) {
        V content = pane.getContent();
        pane.setHbarPolicy(ScrollBarPolicy.NEVER);
        InvalidationListener update = obs -> {
            ScrollBarPolicy policy = needsVertical(content, pane) ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.NEVER;
            if (pane.getVbarPolicy() != policy) {
                pane.setVbarPolicy(policy);
            }
        };
        content.totalHeightEstimateProperty().addListener(update);
        content.paddingProperty().addListener(update);
        pane.layoutBoundsProperty().addListener(update);
        update.invalidated(null);
    }

    /** Flowless's rule: the content's estimated height and vertical padding exceed the pane's height. */
    public static <V extends Region & Virtualized> boolean needsVertical(V content, Region pane) {
        Double estimate = content.totalHeightEstimateProperty().getValue();
        Insets padding = content.getPadding();
        double height = (estimate == null ? 0 : estimate) + padding.getTop() + padding.getBottom();
        return height > pane.getLayoutBounds().getHeight();
    }
}
