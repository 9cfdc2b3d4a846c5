package app.caravan.ui.insight;

import app.caravan.ui.common.UiStyles;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/**
 * Themes down, cities across: each cell shaded by how many interviews carry the theme in the
 * city, with the number in it. A click opens the library filtered to both.
 */
final class Heatmap extends GridPane {
    private static final Color LOW = Color.web("#eef4fb");
    private static final Color HIGH = Color.web("#1f6feb");

    /** A row or column: its key for the filter and its label. */
    record Axis(String key, String label) {
    }

    Heatmap(List<Axis> themes, List<Axis> cities, Map<String, Map<String, Integer>> counts,
            String tooltipPattern, BiConsumer<Axis, Axis> onClick) {
        setHgap(2);
        setVgap(2);
        setId("heatmap");
        int max = 1;
        for (Axis t : themes) {
            for (Axis c : cities) {
                max = Math.max(max, counts.getOrDefault(t.key(), Map.of()).getOrDefault(c.key(), 0));
            }
        }
        for (int col = 0; col < cities.size(); col++) {
            Label head = new Label(cities.get(col).label());
            head.getStyleClass().add(UiStyles.HEAT_HEADER);
            head.setRotate(-40);
            head.setMinWidth(46);
            head.setMaxWidth(80);
            GridPane.setHalignment(head, HPos.CENTER);
            add(new javafx.scene.Group(head), col + 1, 0);
        }
        for (int row = 0; row < themes.size(); row++) {
            Axis theme = themes.get(row);
            Label name = new Label(theme.label());
            name.getStyleClass().add(UiStyles.HEAT_HEADER);
            name.setMaxWidth(190);
            add(name, 0, row + 1);
            for (int col = 0; col < cities.size(); col++) {
                Axis city = cities.get(col);
                int n = counts.getOrDefault(theme.key(), Map.of()).getOrDefault(city.key(), 0);
                add(cell(theme, city, n, max, tooltipPattern, onClick), col + 1, row + 1);
            }
        }
    }

    private static Label cell(Axis theme, Axis city, int n, int max, String pattern, BiConsumer<Axis, Axis> onClick) {
        Label cell = new Label(n == 0 ? "" : String.valueOf(n));
        cell.setId("heat-" + Charts.safeId(theme.key()) + "-" + Charts.safeId(city.key()));
        cell.getStyleClass().add(UiStyles.HEAT_CELL);
        cell.setAlignment(Pos.CENTER);
        cell.setMinSize(46, 26);
        cell.setPrefSize(46, 26);
        double share = n == 0 ? 0 : 0.15 + 0.85 * n / max;
        Color fill = LOW.interpolate(HIGH, share);
        cell.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(3), null)));
        // Dark cells need light digits to stay readable.
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        cell.setTextFill(luminance < 0.55 ? Color.WHITE : Color.web("#1f2328"));
        cell.setTooltip(new Tooltip(java.text.MessageFormat.format(pattern, theme.label(), city.label(), n)));
        if (n > 0) {
            cell.setCursor(Cursor.HAND);
            cell.setOnMouseClicked(e -> onClick.accept(theme, city));
        }
        return cell;
    }
}
