package app.caravan.ui.insight;

import app.caravan.domain.Facet;
import app.caravan.domain.Insight;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.library.FacetLabels;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** Lays the dashboard's six charts out in two columns. */
final class InsightCharts {
    static final int HEAT_THEMES = 12;
    static final int HEAT_CITIES = 10;
    private final SessionContext context;
    private final FacetLabels labels;
    private final Vocabulary vocabulary;
    private final BiConsumer<Facet, String> open;
    private final BiConsumer<String, String> openCell;

    InsightCharts(SessionContext context, FacetLabels labels, Vocabulary vocabulary, BiConsumer<Facet, String> open,
            BiConsumer<String, String> openCell) {
        this.context = context;
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.open = open;
        this.openCell = openCell;
    }

    GridPane grid(Insight insight) {
        I18n i18n = context.i18n();
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        grid.add(card("countries", Charts.vertical(Facet.COUNTRY, bars(Facet.COUNTRY, insight.byCountry()), this::click),
                null), 0, 0);
        grid.add(card("cities", Charts.vertical(Facet.CITY, bars(Facet.CITY, insight.byCity()), this::click), null),
                1, 0);
        grid.add(card("themes", Charts.horizontal(bars(Facet.THEME, insight.byTheme()), vocabulary.themesByKey(),
                this::click), i18n.get("insight.themes.note")), 0, 1);
        grid.add(card("sectors", Charts.pie(Facet.SECTOR, bars(Facet.SECTOR, insight.bySector()), this::click), null),
                1, 1);
        String undated = insight.undatedDepartures() == 0 ? null
                : i18n.format("insight.departures.undated", insight.undatedDepartures());
        grid.add(card("departures", Charts.departures(insight.departures(), w -> labels.label(Facet.WAVE, w.key()),
                bar -> open.accept(Facet.WAVE, bar.key())), join(i18n.get("insight.departures.note"), undated)), 0, 2,
                2, 1);
        grid.add(card("heatmap", heatmap(insight), i18n.get("insight.heatmap.note")), 0, 3, 2, 1);
        return grid;
    }

    private void click(Charts.Bar bar) {
        open.accept(bar.facet(), bar.key());
    }

    private ChartCard card(String key, Node chart, String note) {
        return new ChartCard(key, context.i18n().get("insight.chart." + key), note, chart, context);
    }

    private List<Charts.Bar> bars(Facet facet, Map<String, Integer> counts) {
        return counts.entrySet().stream().limit(Charts.MAX_BARS)
                .map(e -> new Charts.Bar(facet, e.getKey(), labels.label(facet, e.getKey()), e.getValue())).toList();
    }

    private Node heatmap(Insight insight) {
        List<Heatmap.Axis> themes = insight.themeByCity().keySet().stream().limit(HEAT_THEMES)
                .map(k -> new Heatmap.Axis(k, labels.label(Facet.THEME, k))).toList();
        List<Heatmap.Axis> cities = insight.byCity().keySet().stream().limit(HEAT_CITIES)
                .map(k -> new Heatmap.Axis(k, labels.label(Facet.CITY, k))).toList();
        Heatmap map = new Heatmap(themes, cities, insight.themeByCity(), context.i18n().get("insight.heatmap.tooltip"),
                (theme, city) -> openCell.accept(theme.key(), city.key()));
        ScrollPane scroll = new ScrollPane(map);
        scroll.setFitToHeight(true);
        scroll.setMinHeight(Math.min(460, 70 + 28.0 * themes.size() + 40));
        return scroll;
    }

    private static String join(String a, String b) {
        return b == null ? a : a + " " + b;
    }
}
