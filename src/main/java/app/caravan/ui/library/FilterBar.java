package app.caravan.ui.library;

import app.caravan.domain.Facet;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Under the search field: "N of M interviews", one chip per active restriction (click removes
 * it), "Clear" and the saved-filters menu.
 */
final class FilterBar extends FlowPane {
    private final LibraryViewModel vm;
    private final SessionContext context;
    private final SavedFilters saved;
    private final Label count = new Label();
    private final Hyperlink clear;
    private final MenuButton menu;

    FilterBar(LibraryViewModel vm, SessionContext context, SavedFilters saved) {
        super(6, 6);
        this.vm = vm;
        this.context = context;
        this.saved = saved;
        I18n i18n = context.i18n();
        setId("filterBar");
        getStyleClass().add(UiStyles.FILTER_BAR);
        setPadding(new Insets(0, 10, 8, 10));
        setAlignment(Pos.CENTER_LEFT);
        count.setId("filterCount");
        count.getStyleClass().add(Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("filter.count",
                vm.filteredRows().size(), vm.rows().size()), vm.filteredRows(), vm.rows()));
        clear = new Hyperlink(i18n.get("filter.clear"));
        clear.setId("clearFilter");
        clear.setOnAction(e -> vm.criteria.set(InterviewFilter.EMPTY));
        menu = new MenuButton(i18n.get("filter.saved"), Icons.of(MaterialDesignB.BOOKMARK_OUTLINE));
        menu.setId("savedFilters");
        menu.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        menu.setOnShowing(e -> rebuildMenu());
        saved.all.addListener((javafx.collections.ListChangeListener<SavedFilter>) c -> rebuildMenu());
        vm.criteria.addListener((obs, old, now) -> rebuild());
        rebuildMenu();
        rebuild();
    }

    private void rebuild() {
        InterviewFilter filter = vm.criteria.get();
        FacetLabels labels = new FacetLabels(context.i18n(), context.vocabulary());
        List<Node> nodes = new ArrayList<>(List.of(count));
        for (Facet facet : Facet.values()) {
            for (String value : filter.values(facet).stream().sorted().toList()) {
                nodes.add(chip("chip-" + facet.key() + "-" + FacetSection.safeId(value),
                        labels.title(facet) + ": " + labels.label(facet, value),
                        () -> vm.criteria.set(vm.criteria.get().without(facet, value))));
            }
        }
        if (filter.from() != null || filter.to() != null) {
            DateTimeFormatter f = Dates.shortFormat(context.i18n().locale());
            String text = (filter.from() == null ? "…" : f.format(filter.from())) + " – "
                    + (filter.to() == null ? "…" : f.format(filter.to()));
            nodes.add(chip("chip-dates", text, () -> vm.criteria.set(vm.criteria.get().withRange(null, null))));
        }
        if (!filter.isEmpty()) {
            nodes.add(clear);
        }
        nodes.add(menu);
        getChildren().setAll(nodes);
    }

    private Button chip(String id, String text, Runnable remove) {
        Button chip = new Button(text, Icons.of(MaterialDesignC.CLOSE, 12));
        chip.setId(id);
        chip.setMnemonicParsing(false);
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, UiStyles.FILTER_CHIP);
        chip.setTooltip(new Tooltip(context.i18n().get("filter.chip.remove")));
        chip.setOnAction(e -> remove.run());
        return chip;
    }

    private void rebuildMenu() {
        I18n i18n = context.i18n();
        MenuItem saveAs = new MenuItem(i18n.get("filter.saveAs"));
        saveAs.setId("saveFilterAs");
        saveAs.setDisable(vm.criteria.get().isEmpty());
        saveAs.setOnAction(e -> saved.saveCurrentAs());
        List<MenuItem> items = new ArrayList<>(List.of(saveAs));
        if (!saved.all.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (SavedFilter filter : saved.all) {
            Menu entry = new Menu(filter.name());
            entry.setMnemonicParsing(false);
            MenuItem apply = new MenuItem(i18n.get("filter.apply"));
            apply.setOnAction(e -> saved.apply(filter));
            MenuItem rename = new MenuItem(i18n.get("filter.rename"));
            rename.setOnAction(e -> saved.rename(filter));
            MenuItem delete = new MenuItem(i18n.get("filter.delete"));
            delete.setOnAction(e -> saved.delete(filter));
            entry.getItems().setAll(apply, rename, delete);
            entry.setUserData(filter);
            items.add(entry);
        }
        menu.getItems().setAll(items);
    }

    /** The menu entries, for tests that drive it without popups. */
    MenuButton menu() {
        return menu;
    }
}
