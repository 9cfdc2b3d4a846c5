package app.caravan.ui.sync;

import app.caravan.app.SyncReport;
import app.caravan.domain.OutboxBundle;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The queued bundles, sealing a new one, and delivering them with progress and Cancel. */
final class OutboxSection {
    private OutboxSection() {
    }

    static VBox create(SyncViewModel vm, DialogService dialogs, I18n i18n) {
        CheckBox names = new CheckBox(i18n.get("sync.seal.includeIdentity"));
        names.setId("includeIdentity");
        names.selectedProperty().bindBidirectional(vm.includeIdentity);
        Label namesHint = Sections.hint(i18n.get("sync.seal.includeIdentity.hint"));
        Button seal = new Button(i18n.get("sync.seal"), Icons.of(MaterialDesignP.PACKAGE_VARIANT_CLOSED));
        seal.setId("sealBundle");
        seal.disableProperty().bind(vm.busy);
        seal.setOnAction(e -> vm.seal());
        seal.setTooltip(new Tooltip(i18n.get("sync.seal.tooltip")));
        Button courier = new Button(i18n.get("sync.courier"), Icons.of(MaterialDesignK.KEY_VARIANT));
        courier.setId("sealForCourier");
        courier.setTooltip(new Tooltip(i18n.get("sync.courier.tooltip")));
        courier.disableProperty().bind(vm.busy);
        courier.setOnAction(e -> CourierDialog.show(courier.getScene().getWindow(), dialogs, i18n)
                .ifPresent(r -> vm.sealForCourier(r.passphrase(), r.includeIdentity(), r.copyTo())));
        Button sync = new Button(i18n.get("sync.deliver"), Icons.of(MaterialDesignS.SYNC));
        sync.setId("syncNow");
        sync.getStyleClass().add(Styles.ACCENT);
        sync.disableProperty().bind(vm.busy);
        sync.setOnAction(e -> vm.syncNow());
        Button cancel = new Button(i18n.get("sync.deliver.cancel"), Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancelSync");
        cancel.visibleProperty().bind(vm.syncing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar sealing = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        sealing.setId("sealProgress");
        sealing.setPrefWidth(120);
        sealing.visibleProperty().bind(vm.sealing);
        sealing.managedProperty().bind(sealing.visibleProperty());
        HBox actions = new HBox(10, seal, courier, sync, cancel, sealing);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("syncProgress");
        bar.progressProperty().bind(vm.progress);
        bar.setPrefWidth(320);
        Label progressText = new Label();
        progressText.setId("syncProgressText");
        progressText.textProperty().bind(vm.progressText);
        HBox progress = new HBox(10, bar, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.syncing.or(vm.progressText.isNotEmpty()));
        progress.managedProperty().bind(progress.visibleProperty());

        Label status = new Label();
        status.setId("syncStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        vm.statusFailed.addListener((obs, old, now) -> {
            status.getStyleClass().removeAll(UiStyles.ERROR_TEXT, UiStyles.SUCCESS_TEXT);
            status.getStyleClass().add(now ? UiStyles.ERROR_TEXT : UiStyles.SUCCESS_TEXT);
        });
        status.getStyleClass().add(UiStyles.SUCCESS_TEXT);

        return Sections.titled(i18n.get("sync.outbox"), MaterialDesignP.PACKAGE_VARIANT,
                Sections.hint(i18n.get("sync.outbox.hint")), outboxTable(vm, i18n), new VBox(2, names, namesHint),
                actions, AutoSyncBar.create(vm, i18n), progress, status, resultsTable(vm, i18n));
    }

    private static TableView<OutboxBundle> outboxTable(SyncViewModel vm, I18n i18n) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        TableView<OutboxBundle> table = new TableView<>(vm.outbox);
        table.setId("outbox");
        table.setPlaceholder(new Label(i18n.get("sync.outbox.empty")));
        table.getColumns().add(narrow(column(i18n.get("sync.outbox.sequence"), b -> String.valueOf(b.sequence()))));
        table.getColumns().add(column(i18n.get("sync.outbox.created"), b -> when.format(b.createdAt())));
        table.getColumns().add(column(i18n.get("sync.outbox.size"), b -> Sizes.format(b.size(), i18n.locale())));
        table.getColumns().add(column(i18n.get("sync.outbox.state"), b -> i18n.get("sync.state." + b.state().key())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        return table;
    }

    private static TableView<SyncReport.Line> resultsTable(SyncViewModel vm, I18n i18n) {
        TableView<SyncReport.Line> table = new TableView<>(vm.results);
        table.setId("syncResults");
        table.setPlaceholder(new Label(i18n.get("sync.results.empty")));
        table.getColumns().add(narrow(column(i18n.get("sync.outbox.sequence"), l -> String.valueOf(l.sequence()))));
        TableColumn<SyncReport.Line, String> target = column(i18n.get("sync.results.target"), SyncReport.Line::target);
        target.setPrefWidth(360);
        table.getColumns().add(target);
        table.getColumns().add(column(i18n.get("sync.results.outcome"),
                l -> i18n.get("sync.outcome." + l.outcome().name().toLowerCase(java.util.Locale.ROOT))));
        table.getColumns().add(column(i18n.get("sync.results.error"), l -> i18n.text(l.problem(), l.error())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(150);
        return table;
    }

    /** Sequence numbers are short; the space goes to the columns that need it. */
    private static <T> TableColumn<T, String> narrow(TableColumn<T, String> column) {
        column.setPrefWidth(60);
        column.setMaxWidth(90);
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
