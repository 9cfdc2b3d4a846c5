package app.caravan.ui.editor;

import app.caravan.domain.ConsentChange;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * Withdrawal in one action (with its date), purging the content of a withdrawn interview, and
 * the consent history: who changed what, when.
 */
final class WithdrawalSection {
    final ObservableList<ConsentChange> history = FXCollections.observableArrayList();
    final DatePicker date;
    private final VBox withdrawalBox;
    private final VBox historyBox;

    WithdrawalSection(EditorViewModel vm, I18n i18n, Consumer<LocalDate> onWithdraw, Runnable onPurge) {
        date = Dates.picker(i18n.locale());
        date.setId("withdrawalDate");
        date.setValue(LocalDate.now());
        date.setPrefWidth(160);
        date.setMinWidth(Region.USE_PREF_SIZE);
        Button withdraw = new Button(i18n.get("withdrawal.button"), Icons.of(MaterialDesignA.ACCOUNT_CANCEL_OUTLINE));
        withdraw.setId("withdraw");
        withdraw.getStyleClass().add(Styles.DANGER);
        withdraw.setTooltip(new Tooltip(Shortcut.WITHDRAW.display()));
        withdraw.setOnAction(e -> withdraw(onWithdraw));
        // A withdrawal is recorded when it happened: never in the future.
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> date.getValue() == null
                || date.getValue().isAfter(LocalDate.now()), date.valueProperty()));
        HBox row = new HBox(8, date, withdraw);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox active = new VBox(8, Sections.hint(i18n.get("withdrawal.hint")), row);

        Label banner = new Label();
        banner.setId("withdrawnBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add(UiStyles.WITHDRAWN_BANNER);
        DateTimeFormatter dates = Dates.shortFormat(i18n.locale());
        banner.textProperty().bind(Bindings.createStringBinding(() -> vm.consent.withdrawnDate.get() == null ? ""
                : i18n.format("withdrawal.banner", dates.format(vm.consent.withdrawnDate.get())),
                vm.consent.withdrawnDate));
        Button purge = new Button(i18n.get("purge.button"), Icons.of(MaterialDesignD.DELETE_FOREVER_OUTLINE));
        purge.setId("purge");
        purge.getStyleClass().add(Styles.DANGER);
        purge.setTooltip(new Tooltip(Shortcut.PURGE.display()));
        purge.setOnAction(e -> onPurge.run());
        VBox done = new VBox(8, banner, Sections.hint(i18n.get("purge.hint")), purge);

        active.visibleProperty().bind(vm.withdrawn.not());
        active.managedProperty().bind(active.visibleProperty());
        done.visibleProperty().bind(vm.withdrawn);
        done.managedProperty().bind(done.visibleProperty());
        withdrawalBox = Sections.titled(i18n.get("editor.section.withdrawal"), MaterialDesignA.ACCOUNT_CANCEL_OUTLINE,
                active, done);
        historyBox = Sections.titled(i18n.get("editor.section.consentHistory"), MaterialDesignH.HISTORY,
                historyTable(i18n));
    }

    VBox withdrawalBox() {
        return withdrawalBox;
    }

    VBox historyBox() {
        return historyBox;
    }

    void withdraw(Consumer<LocalDate> onWithdraw) {
        if (date.getValue() != null && !date.getValue().isAfter(LocalDate.now())) {
            onWithdraw.accept(date.getValue());
        }
    }

    private TableView<ConsentChange> historyTable(I18n i18n) {
        TableView<ConsentChange> table = new TableView<>(history);
        table.setId("consentHistory");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("consent.history.none")));
        table.getStyleClass().add(Styles.DENSE);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        TableColumn<ConsentChange, String> at = new TableColumn<>(i18n.get("consent.history.when"));
        at.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(c.getValue().changedAt())));
        at.setPrefWidth(130);
        at.setMaxWidth(170);
        TableColumn<ConsentChange, String> who = new TableColumn<>(i18n.get("consent.history.who"));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().changedBy()));
        who.setPrefWidth(110);
        who.setMaxWidth(150);
        TableColumn<ConsentChange, String> what = new TableColumn<>(i18n.get("consent.history.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(ConsentChanges.describe(c.getValue(), i18n)));
        // Long descriptions are cut in the column; the whole text is one hover away.
        what.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().setAll(List.of(at, who, what));
        return table;
    }

    /** Newest first: the latest change is what the user just did. */
    void setHistory(List<ConsentChange> changes) {
        history.setAll(changes.stream()
                .sorted(java.util.Comparator.comparing(ConsentChange::changedAt, java.util.Comparator
                        .<Instant>reverseOrder()))
                .toList());
    }
}
