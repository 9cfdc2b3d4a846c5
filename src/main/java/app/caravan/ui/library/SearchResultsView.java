package app.caravan.ui.library;

import app.caravan.app.SearchHit;
import app.caravan.app.SearchMatch;
import app.caravan.app.SearchResult;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The search results that replace the list while a query is typed: one entry per interview with
 * its snippets, the matched words marked. Enter or a double click opens the interview at the
 * first match; a click on a snippet opens it at that match.
 */
final class SearchResultsView extends VBox {
    static final int SNIPPETS_SHOWN = 3;
    private final ListView<SearchHit> list = new ListView<>();

    SearchResultsView(SearchModel model, I18n i18n, BiConsumer<SearchHit, SearchMatch> open) {
        setId("searchPane");
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model, i18n), model.result,
                model.running, model.error));
        Label error = new Label();
        error.setId("searchError");
        error.setWrapText(true);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.textProperty().bind(model.error);
        error.visibleProperty().bind(model.error.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox header = new VBox(2, summary, error);
        header.setPadding(new Insets(0, 10, 6, 10));

        list.setId("searchResults");
        list.setItems(model.hits);
        list.setPlaceholder(new Label(i18n.get("search.none")));
        DateTimeFormatter dates = Dates.shortFormat(i18n.locale());
        list.setCellFactory(v -> new HitCell(i18n, dates, open));
        list.setOnKeyPressed(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                open.accept(hit, first(hit));
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && hit != null) {
                open.accept(hit, first(hit));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(header, list);
    }

    ListView<SearchHit> list() {
        return list;
    }

    /** Where to open a hit: its first transcript match if any (what the user most likely wants), else its first. */
    static SearchMatch first(SearchHit hit) {
        return hit.matches().stream().filter(m -> m.source() == SearchMatch.Source.TRANSCRIPT).findFirst()
                .orElse(hit.matches().isEmpty() ? null : hit.matches().get(0));
    }

    private static String summary(SearchModel model, I18n i18n) {
        if (model.running.get()) {
            return i18n.get("search.running");
        }
        SearchResult r = model.result.get();
        if (r == null) {
            return "";
        }
        return i18n.format(r.exact() ? "search.found" : "search.foundAtLeast", r.total());
    }

    /** The snippet as text runs, the highlighted ranges in bold and marked. */
    static TextFlow snippet(SearchMatch match) {
        String text = match.snippet();
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (SearchMatch.Range r : match.highlights()) {
            int start = Math.max(at, Math.min(r.start(), text.length()));
            int end = Math.max(start, Math.min(r.end(), text.length()));
            if (start > at) {
                runs.add(new Text(text.substring(at, start)));
            }
            Text mark = new Text(text.substring(start, end));
            mark.getStyleClass().add(UiStyles.SEARCH_MARK);
            runs.add(mark);
            at = end;
        }
        if (at < text.length()) {
            runs.add(new Text(text.substring(at)));
        }
        TextFlow flow = new TextFlow(runs.toArray(Node[]::new));
        flow.getStyleClass().add("search-snippet");
        return flow;
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final I18n i18n;
        private final DateTimeFormatter dates;
        private final BiConsumer<SearchHit, SearchMatch> open;

        HitCell(I18n i18n, DateTimeFormatter dates, BiConsumer<SearchHit, SearchMatch> open) {
            this.i18n = i18n;
            this.dates = dates;
            this.open = open;
            getStyleClass().add(UiStyles.SEARCH_HIT);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(hit.pseudonym());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label date = new Label(hit.interviewedAt() == null ? "" : dates.format(hit.interviewedAt()));
            date.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label count = new Label(i18n.format("search.matches", hit.matchCount()));
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox top = new HBox(8, name, date, count);
            top.setAlignment(Pos.BASELINE_LEFT);
            VBox box = new VBox(3, top);
            hit.matches().stream().limit(SNIPPETS_SHOWN).forEach(m -> {
                Label source = new Label(i18n.get("search.source." + m.source().name().toLowerCase(Locale.ROOT)));
                source.getStyleClass().addAll(UiStyles.SEARCH_SOURCE, Styles.TEXT_SMALL);
                source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                TextFlow flow = snippet(m);
                HBox line = new HBox(6, source, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                line.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 1 && e.getButton() == MouseButton.PRIMARY) {
                        open.accept(hit, m);
                        e.consume();
                    }
                });
                box.getChildren().add(line);
            });
            setGraphic(box);
        }

        /** Wrapped snippets need the height for the list's width, which the default asks without. */
        @Override
        protected double computePrefHeight(double width) {
            Node graphic = getGraphic();
            if (graphic == null || getListView() == null) {
                return super.computePrefHeight(width);
            }
            double inner = getListView().getWidth() - snappedLeftInset() - snappedRightInset() - 20;
            return graphic.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            // Never wider than the list: snippets wrap instead of adding a horizontal scroll bar.
            return 0;
        }
    }
}
