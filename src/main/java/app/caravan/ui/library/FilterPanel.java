package app.caravan.ui.library;

import app.caravan.domain.Facet;
import app.caravan.domain.FacetCounts;
import app.caravan.domain.InterviewFilter;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The collapsible facet panel beside the list: every facet with counts, and the date range.
 * Ticking a box changes the view model's filter; the filter and counts flow back in.
 */
final class FilterPanel extends ScrollPane {
    private final LibraryViewModel vm;
    private final SessionContext context;
    private final Map<Facet, FacetSection> sections = new EnumMap<>(Facet.class);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label rangeError = new Label();
    private boolean updating;

    FilterPanel(LibraryViewModel vm, SessionContext context) {
        this.vm = vm;
        this.context = context;
        I18n i18n = context.i18n();
        setId("filterPanel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add(UiStyles.FILTER_PANEL);
        Label title = new Label(i18n.get("filter.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, dateRange(i18n));
        box.setPadding(new Insets(10));
        FacetLabels labels = new FacetLabels(i18n, context.vocabulary());
        for (Facet facet : Facet.values()) {
            FacetSection section = new FacetSection(facet, labels.title(facet), i18n.get("filter.noValues"),
                    (value, on) -> toggle(facet, value, on));
            section.setExpanded(facet == Facet.CITY || facet == Facet.THEME || facet == Facet.STATUS);
            sections.put(facet, section);
            box.getChildren().add(section);
        }
        setContent(box);
        setMinWidth(200);
        setPrefWidth(250);
        vm.counts.addListener((obs, old, now) -> refresh());
        vm.criteria.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private VBox dateRange(I18n i18n) {
        from.setId("filterFrom");
        to.setId("filterTo");
        from.setPromptText(i18n.get("filter.from"));
        to.setPromptText(i18n.get("filter.to"));
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        from.valueProperty().addListener((obs, old, now) -> range());
        to.valueProperty().addListener((obs, old, now) -> range());
        rangeError.setId("filterRangeError");
        rangeError.getStyleClass().add(UiStyles.ERROR_TEXT);
        rangeError.setWrapText(true);
        rangeError.setManaged(false);
        rangeError.setVisible(false);
        Label label = new Label(i18n.get("filter.dates"));
        label.getStyleClass().add(UiStyles.FIELD_LABEL);
        return new VBox(4, label, from, to, rangeError);
    }

    private void range() {
        if (updating) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean wrong = start != null && end != null && start.isAfter(end);
        rangeError.setText(wrong ? context.i18n().get("filter.rangeError") : "");
        rangeError.setVisible(wrong);
        rangeError.setManaged(wrong);
        if (!wrong) {
            vm.criteria.set(vm.criteria.get().withRange(start, end));
        }
    }

    private void toggle(Facet facet, String value, boolean on) {
        InterviewFilter now = vm.criteria.get();
        vm.criteria.set(on ? now.with(facet, value) : now.without(facet, value));
    }

    private void refresh() {
        InterviewFilter filter = vm.criteria.get();
        FacetCounts counts = vm.counts.get();
        FacetCounts all = vm.universe.get();
        FacetLabels labels = new FacetLabels(context.i18n(), context.vocabulary());
        sections.forEach((facet, section) -> {
            Set<String> values = all.of(facet).keySet();
            section.update(values, counts, filter.values(facet), labels, context.vocabulary());
        });
        updating = true;
        try {
            from.setValue(filter.from());
            to.setValue(filter.to());
        } finally {
            updating = false;
        }
    }
}
