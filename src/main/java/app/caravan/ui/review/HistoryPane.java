package app.caravan.ui.review;

import app.caravan.domain.AuditEntry;
import app.caravan.domain.StatusChange;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The History tab: the status changes (who moved it, when) and the interview's entries in the
 * vault's audit log: time, actor, field, old → new, hashed values shown as hashes.
 */
final class HistoryPane {
    private final VBox box;

    HistoryPane(ReviewViewModel vm, I18n i18n) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        VBox statuses = new VBox(4);
        statuses.setId("statusHistory");
        vm.history.addListener((ListChangeListener<StatusChange>) c -> {
            statuses.getChildren().clear();
            for (StatusChange s : vm.history) {
                Label line = new Label(i18n.format("review.history.line", i18n.label("status", s.from().key()),
                        i18n.label("status", s.to().key()), s.changedBy(), format.format(s.changedAt())));
                line.setWrapText(true);
                statuses.getChildren().add(line);
            }
            if (vm.history.isEmpty()) {
                Label none = new Label(i18n.get("review.history.none"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                statuses.getChildren().add(none);
            }
        });

        TableView<AuditEntry> table = new TableView<>(vm.audit);
        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String hashed = i18n.get("review.audit.hashed");
        table.getColumns().add(column(i18n.get("review.audit.time"), 200, e -> format.format(e.at())));
        table.getColumns().add(column(i18n.get("review.audit.actor"), 110, AuditEntry::actor));
        table.getColumns().add(column(i18n.get("review.audit.field"), 110, AuditEntry::field));
        table.getColumns().add(column(i18n.get("review.audit.change"), 260, e -> AuditValues.shown(e.oldValue(), hashed)
                + "  →  " + AuditValues.shown(e.newValue(), hashed)));
        Label empty = new Label(i18n.get("review.audit.none"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox statusBox = Sections.titled(i18n.get("review.history.title"), MaterialDesignS.SWAP_HORIZONTAL, statuses);
        VBox auditBox = Sections.titled(i18n.get("review.audit.title"), MaterialDesignH.HISTORY,
                Sections.hint(i18n.get("review.audit.hint")), table);
        VBox.setVgrow(auditBox, Priority.ALWAYS);
        box = new VBox(16, statusBox, auditBox);
        box.getStyleClass().add(app.caravan.ui.common.UiStyles.PAGE);
        box.setId("reviewHistory");
    }

    VBox node() {
        return box;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width,
            java.util.function.Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
