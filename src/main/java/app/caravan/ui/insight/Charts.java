package app.caravan.ui.insight;

import app.caravan.domain.Facet;
import app.caravan.domain.Theme;
import app.caravan.domain.Wave;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The dashboard's JavaFX charts. Every bar and slice gets an id ("bar-country-Georgia"), a
 * tooltip with its number and a click that opens the library filtered to it.
 */
final class Charts {
    static final int MAX_BARS = 15;

    /** One clickable value: its facet key, label and count. */
    record Bar(Facet facet, String key, String label, int count) {
    }

    private Charts() {
    }

    static BarChart<String, Number> vertical(Facet facet, List<Bar> bars, Consumer<Bar> onClick) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = integerAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        prepare(chart);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Bar bar : bars) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(bar.label(), bar.count());
            clickable(d, facet, bar, onClick, null);
            series.getData().add(d);
        }
        chart.getData().add(series);
        return chart;
    }

    /** Horizontal bars in the codebook's colors; the largest on top. */
    static BarChart<Number, String> horizontal(List<Bar> bars, Map<String, Theme> themes, Consumer<Bar> onClick) {
        NumberAxis x = integerAxis();
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        prepare(chart);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Bar> bottomUp = new java.util.ArrayList<>(bars);
        java.util.Collections.reverse(bottomUp);
        for (Bar bar : bottomUp) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(bar.count(), bar.label());
            Theme theme = themes.get(bar.key());
            clickable(d, Facet.THEME, bar, onClick, theme == null ? null : Color.web(theme.color()));
            series.getData().add(d);
        }
        chart.getData().add(series);
        chart.setMinHeight(Math.max(260, 26.0 * bars.size()));
        return chart;
    }

    /** Months along the axis, one stacked segment per wave. */
    static StackedBarChart<String, Number> departures(Map<YearMonth, Map<Wave, Integer>> months,
            Function<Wave, String> waveLabel, Consumer<Bar> onClick) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = integerAxis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        prepare(chart);
        chart.setLegendVisible(true);
        x.getCategories().setAll(months.keySet().stream().map(YearMonth::toString).toList());
        for (Wave wave : Wave.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(waveLabel.apply(wave));
            months.forEach((month, counts) -> {
                int n = counts.getOrDefault(wave, 0);
                XYChart.Data<String, Number> d = new XYChart.Data<>(month.toString(), n);
                d.setExtraValue(month);
                Bar bar = new Bar(Facet.WAVE, wave.key(), waveLabel.apply(wave) + ", " + month, n);
                clickable(d, Facet.WAVE, bar, onClick, null);
                series.getData().add(d);
            });
            chart.getData().add(series);
        }
        return chart;
    }

    static PieChart pie(Facet facet, List<Bar> slices, Consumer<Bar> onClick) {
        PieChart chart = new PieChart();
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setLabelsVisible(true);
        chart.setMinHeight(260);
        for (Bar bar : slices) {
            PieChart.Data d = new PieChart.Data(bar.label() + " (" + bar.count() + ")", bar.count());
            d.nodeProperty().addListener((obs, old, node) -> decorate(node, facet, bar, onClick, null));
            chart.getData().add(d);
        }
        return chart;
    }

    private static <X, Y> void clickable(XYChart.Data<X, Y> d, Facet facet, Bar bar, Consumer<Bar> onClick,
            Color color) {
        d.nodeProperty().addListener((obs, old, node) -> decorate(node, facet, bar, onClick, color));
    }

    private static void decorate(Node node, Facet facet, Bar bar, Consumer<Bar> onClick, Color color) {
        if (node == null) {
            return;
        }
        node.setId("bar-" + facet.key() + "-" + safeId(bar.key()) + (facet == Facet.WAVE ? "-" + safeId(bar.label()) : ""));
        node.setCursor(Cursor.HAND);
        Tooltip.install(node, new Tooltip(bar.label() + ": " + bar.count()));
        node.setOnMouseClicked(e -> onClick.accept(bar));
        if (color != null && node instanceof StackPane pane) {
            // The stylesheet colors bars by series; a plain child region carries the theme's own color.
            Region fill = new Region();
            fill.setBackground(new Background(new BackgroundFill(color, new CornerRadii(2), null)));
            fill.setMouseTransparent(true);
            pane.getChildren().add(fill);
        }
    }

    private static void prepare(XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(260);
        chart.setPrefHeight(280);
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    static String safeId(String value) {
        return value.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
