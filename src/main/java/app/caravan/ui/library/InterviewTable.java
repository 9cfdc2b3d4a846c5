package app.caravan.ui.library;

import app.caravan.domain.Consent;
import app.caravan.domain.Status;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The interview list's columns. Identity never appears here, only pseudonyms. */
final class InterviewTable extends TableView<InterviewRow> {

    InterviewTable(LibraryViewModel vm, I18n i18n) {
        setId("interviews");
        setItems(vm.sortedRows());
        vm.sortedRows().comparatorProperty().bind(comparatorProperty());
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setPlaceholder(new Label(i18n.get("library.empty")));
        DateTimeFormatter dates = Dates.shortFormat(i18n.locale());

        TableColumn<InterviewRow, String> pseudonym = text(i18n.get("library.column.pseudonym"), r -> r.pseudonym, 150);
        TableColumn<InterviewRow, OffsetDateTime> date = new TableColumn<>(i18n.get("library.column.date"));
        date.setCellValueFactory(c -> c.getValue().interviewedAt);
        date.setComparator(Comparator.nullsFirst(Comparator.comparing(OffsetDateTime::toInstant)));
        date.setCellFactory(c -> cell(d -> dates.format(d), d -> null));
        date.setPrefWidth(105);
        TableColumn<InterviewRow, Status> status = new TableColumn<>(i18n.get("library.column.status"));
        status.setCellValueFactory(c -> c.getValue().status);
        status.setCellFactory(c -> cell(s -> i18n.label("status", s.key()), s -> null));
        status.setPrefWidth(95);
        TableColumn<InterviewRow, Consent> consent = new TableColumn<>(i18n.get("library.column.consent"));
        consent.setCellValueFactory(c -> c.getValue().consent);
        consent.setComparator(Comparator.comparingInt(ConsentSummary::weight));
        consent.setCellFactory(c -> cell(v -> ConsentSummary.shortText(v, i18n), v -> ConsentSummary.longText(v, i18n)));
        consent.setPrefWidth(105);

        TableColumn<InterviewRow, Integer> comments = new TableColumn<>(i18n.get("library.column.comments"));
        comments.setCellValueFactory(c -> c.getValue().openComments);
        comments.setCellFactory(c -> cell(n -> n == 0 ? "" : String.valueOf(n),
                n -> n == 0 ? null : i18n.format("library.openComments", n)));
        comments.setPrefWidth(90);

        setRowFactory(table -> new StateRow());
        getColumns().setAll(List.of(pseudonym, date,
                text(i18n.get("library.column.place"), r -> r.place, 110),
                text(i18n.get("library.column.originCity"), r -> r.originCity, 110),
                text(i18n.get("library.column.profession"), r -> r.profession, 130),
                text(i18n.get("library.column.themes"), r -> r.themes, 180),
                status, consent, comments,
                text(i18n.get("library.column.interviewer"), r -> r.interviewer, 110)));
    }

    /** Withdrawn interviews read in the danger color, purged ones muted and in italics. */
    private static final class StateRow extends javafx.scene.control.TableRow<InterviewRow> {
        private final javafx.beans.value.ChangeListener<Consent> onConsent = (obs, old, now) -> restyle();

        @Override
        protected void updateItem(InterviewRow item, boolean empty) {
            if (getItem() != null) {
                getItem().consent.removeListener(onConsent);
            }
            super.updateItem(item, empty);
            if (item != null && !empty) {
                item.consent.addListener(onConsent);
            }
            restyle();
        }

        private void restyle() {
            InterviewRow item = isEmpty() ? null : getItem();
            getStyleClass().removeAll(app.caravan.ui.common.UiStyles.ROW_WITHDRAWN,
                    app.caravan.ui.common.UiStyles.ROW_PURGED);
            if (item != null && item.isPurged()) {
                getStyleClass().add(app.caravan.ui.common.UiStyles.ROW_PURGED);
            } else if (item != null && item.consent.get() != null && item.consent.get().isWithdrawn()) {
                getStyleClass().add(app.caravan.ui.common.UiStyles.ROW_WITHDRAWN);
            }
        }
    }

    private static TableColumn<InterviewRow, String> text(String title,
            Function<InterviewRow, ObservableValue<String>> value, double width) {
        TableColumn<InterviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setCellFactory(c -> cell(s -> s, s -> s == null || s.length() < 20 ? null : s));
        return column;
    }

    private static <T> TableCell<InterviewRow, T> cell(Function<T, String> text, Function<T, String> tooltip) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                String tip = tooltip.apply(item);
                setTooltip(tip == null ? null : new Tooltip(tip));
            }
        };
    }
}
