package app.caravan.ui.insight;

import app.caravan.domain.Facet;
import app.caravan.domain.FilterMatcher;
import app.caravan.domain.Insight;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.library.FacetLabels;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The Insight page: charts of the interviews the library's filter shows, aggregated in the
 * background from the summaries already loaded (no extra database pass). A click on a bar,
 * slice or cell opens the library with that value added to the filter.
 */
public final class InsightView extends BorderPane {
    private final SessionContext context;
    private final Supplier<List<InterviewSummary>> summaries;
    private final ObservableValue<InterviewFilter> filter;
    private final Consumer<InterviewFilter> openLibrary;
    private final Label scope = new Label();
    private final StackPane body = new StackPane();
    private long token;

    public InsightView(SessionContext context, Supplier<List<InterviewSummary>> summaries,
            ObservableValue<InterviewFilter> filter, Consumer<InterviewFilter> openLibrary) {
        this.context = context;
        this.summaries = summaries;
        this.filter = filter;
        this.openLibrary = openLibrary;
        I18n i18n = context.i18n();
        setId("insight");
        getStyleClass().add(UiStyles.PAGE);
        Label title = new Label(i18n.get("insight.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        scope.setId("insightScope");
        scope.getStyleClass().add(Styles.TEXT_MUTED);
        scope.setWrapText(true);
        Button refresh = Icons.iconButton(MaterialDesignR.REFRESH, i18n.get("insight.refresh"));
        refresh.setId("insightRefresh");
        refresh.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, new VBox(2, title, scope), spacer, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(body);
        // Only while on screen: the page is refreshed anyway each time it is shown.
        filter.addListener((obs, old, now) -> {
            if (getScene() != null) {
                refresh();
            }
        });
    }

    /** Recomputes from the library's current rows and filter (e.g. when the page is shown). */
    public void refresh() {
        long mine = ++token;
        List<InterviewSummary> snapshot = List.copyOf(summaries.get());
        InterviewFilter current = filter.getValue();
        Vocabulary vocabulary = context.vocabulary();
        Tasks.create(() -> Insight.of(snapshot, new FilterMatcher(current, vocabulary)))
                .onSuccess(insight -> {
                    if (mine == token) {
                        show(insight, current, snapshot.size(), vocabulary);
                    }
                })
                .onError(e -> context.dialogs().showError(context.i18n().get("insight.failed"),
                        context.i18n().problem(e)))
                .runOnce(context.executor());
    }

    private void show(Insight insight, InterviewFilter current, int total, Vocabulary vocabulary) {
        I18n i18n = context.i18n();
        scope.setText(current.isEmpty() ? i18n.format("insight.scope.all", insight.interviews())
                : i18n.format("insight.scope.filtered", insight.interviews(), total));
        if (insight.isEmpty()) {
            Label empty = new Label(i18n.get(total == 0 ? "insight.empty" : "insight.emptyFilter"),
                    Icons.of(MaterialDesignC.CHART_BOX_OUTLINE, 48));
            empty.setId("insightEmpty");
            empty.setContentDisplay(ContentDisplay.TOP);
            empty.setWrapText(true);
            empty.setMaxWidth(420);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            body.getChildren().setAll(empty);
            return;
        }
        FacetLabels labels = new FacetLabels(i18n, vocabulary);
        InsightCharts charts = new InsightCharts(context, labels, vocabulary,
                (facet, value) -> openLibrary.accept(current.withoutFacet(facet).with(facet, value)),
                (theme, city) -> openLibrary.accept(current.withoutFacet(Facet.THEME).withoutFacet(Facet.CITY)
                        .with(Facet.THEME, theme).with(Facet.CITY, city)));
        ScrollPane scroll = new ScrollPane(charts.grid(insight));
        scroll.setFitToWidth(true);
        scroll.setId("insightCharts");
        body.getChildren().setAll(scroll);
    }
}
