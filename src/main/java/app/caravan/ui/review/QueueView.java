package app.caravan.ui.review;

import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The queue beside the review: for the desk, a tab per review status with its count; for the
 * field, its interviews with changes requested and open comments first.
 */
final class QueueView extends VBox {
    final ListView<QueueEntry> list = new ListView<>();
    private final Map<Status, ToggleButton> tabs = new EnumMap<>(Status.class);

    QueueView(QueueViewModel vm, I18n i18n) {
        super(8);
        setId("reviewQueue");
        Label role = new Label();
        role.setId("reviewRole");
        role.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        role.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                vm.role.get() == Role.DESK ? "review.queue.desk" : "review.queue.field"), vm.role));
        role.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE));
        role.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        FlowPane filters = new FlowPane(4, 4);
        for (Status s : Queue.DESK_STATUSES) {
            ToggleButton tab = new ToggleButton();
            tab.setId("queue-" + s.key());
            tab.setToggleGroup(group);
            tab.setUserData(s);
            tab.getStyleClass().add(Styles.SMALL);
            tabs.put(s, tab);
            filters.getChildren().add(tab);
        }
        group.selectToggle(tabs.get(vm.filter.get()));
        vm.filter.addListener((obs, old, now) -> group.selectToggle(tabs.get(now)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                vm.filter.set((Status) now.getUserData());
            }
        });
        filters.visibleProperty().bind(vm.role.isEqualTo(Role.DESK));
        filters.managedProperty().bind(filters.visibleProperty());
        vm.counts.addListener((MapChangeListener<Status, Integer>) c -> tabs.forEach((s, tab) -> tab.setText(
                i18n.format("review.queue.tab", i18n.label("status", s.key()), vm.counts.getOrDefault(s, 0)))));

        list.setId("reviewQueueList");
        list.setItems(vm.entries);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QueueEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(e.summary().pseudonym());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                name.setMinWidth(0);
                HBox spacer = new HBox();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox top = new HBox(6, name, spacer);
                if (e.openComments() > 0) {
                    Label badge = new Label(String.valueOf(e.openComments()), Icons.of(MaterialDesignC.COMMENT_ALERT_OUTLINE));
                    badge.getStyleClass().add(UiStyles.COMMENT_BADGE);
                    badge.setMinWidth(Label.USE_PREF_SIZE);
                    top.getChildren().add(badge);
                }
                top.setAlignment(Pos.CENTER_LEFT);
                Label detail = new Label(i18n.label("status", e.summary().status().key()) + " · "
                        + format.format(e.summary().interviewedAt().atZoneSameInstant(ZoneId.systemDefault())));
                detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                VBox box = new VBox(2, top, detail);
                box.setMinWidth(0);
                setText(null);
                setGraphic(box);
            }
        });
        Label none = new Label(i18n.get("review.queue.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(role, filters, list);
        setPadding(new Insets(10));
        setMinWidth(240);
    }
}
