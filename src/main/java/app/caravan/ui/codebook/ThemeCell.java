package app.caravan.ui.codebook;

import app.caravan.domain.Theme;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A theme in the codebook tree: color swatch, name, key. Dragging a theme onto another nests
 * it there; a theme cannot be dropped into itself or its own sub-themes.
 */
final class ThemeCell extends TreeCell<Theme> {
    private final CodebookView view;

    ThemeCell(CodebookView view) {
        this.view = view;
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(getItem().key());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (accepts(e.getDragboard().getString())) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            String key = e.getDragboard().getString();
            boolean done = accepts(key);
            if (done) {
                view.theme(key).ifPresent(dragged -> view.moveTo(dragged, getItem()));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private boolean accepts(String draggedKey) {
        Theme target = getItem();
        if (target == null || draggedKey == null || draggedKey.equals(target.key())) {
            return false;
        }
        return view.theme(draggedKey).map(dragged -> !view.isWithin(target, dragged)
                && !draggedKey.equals(target.key())).orElse(false);
    }

    @Override
    protected void updateItem(Theme theme, boolean empty) {
        super.updateItem(theme, empty);
        if (empty || theme == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Rectangle swatch = new Rectangle(16, 16, Color.web(theme.color()));
        swatch.setArcWidth(5);
        swatch.setArcHeight(5);
        swatch.getStyleClass().add(UiStyles.SWATCH);
        Label name = new Label(theme.name());
        Label key = new Label(theme.key());
        key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox row = new HBox(8, swatch, name, key);
        row.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(row);
        setTooltip(theme.description().isBlank() ? null : new Tooltip(theme.description()));
    }
}
