package app.caravan.ui.library;

import app.caravan.app.SearchHit;
import app.caravan.app.SearchMatch;
import app.caravan.domain.InterviewFilter;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.editor.EditorView;
import atlantafx.base.theme.Styles;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Interviews page: the optional facet panel, the list (or, while a query is typed, the search
 * results) and the selected interview's editor.
 */
public final class LibraryView extends SplitPane {
    private final SessionContext context;
    private final LibraryViewModel vm;
    private final InterviewTable table;
    private final EditorView editor;
    private final TextField search = new TextField();
    private final SearchModel searchModel;
    private final SavedFilters savedFilters;
    private final FilterPanel filterPanel;
    private final ToggleButton showFilters = new ToggleButton();
    private final VBox left;
    private final SearchResultsView results;
    /** Set while the selection is changed by code, so it does not open an interview twice. */
    private boolean selecting;

    public LibraryView(SessionContext context) {
        this.context = context;
        I18n i18n = context.i18n();
        this.vm = new LibraryViewModel(context);
        this.table = new InterviewTable(vm, i18n);
        this.editor = new EditorView(context);
        setId("library");
        editor.setOnSaved(vm::updated);
        editor.setOnPurged(vm::purged);

        searchModel = new SearchModel(context, vm::idsOfCurrentFilter);
        results = new SearchResultsView(searchModel, i18n, this::openHit);
        savedFilters = new SavedFilters(context, vm);
        filterPanel = new FilterPanel(vm, context);
        vm.criteria.addListener((obs, old, now) -> searchModel.filterChanged());

        Button add = new Button(i18n.get("library.new"), Icons.of(MaterialDesignP.PLUS));
        add.setId("newInterview");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(i18n.get("library.new.tooltip")));
        add.setOnAction(e -> newInterview());
        add.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("library.delete"));
        delete.setId("deleteInterview");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            InterviewRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.isPurged();
        }, table.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> deleteSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, filterToggle(i18n), add, gap, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The search field gets a row of its own: beside the buttons it would be too narrow to read.
        VBox tools = new VBox(8, buttons, searchField(i18n));
        tools.setPadding(new Insets(10));
        results.visibleProperty().bind(searchModel.active);
        table.visibleProperty().bind(searchModel.active.not());
        StackPane body = new StackPane(table, results);
        left = new VBox(tools, new FilterBar(vm, context, savedFilters), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        left.setMinWidth(300);
        editor.setMinWidth(520);

        getItems().setAll(left, editor);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(filterPanel, false);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (selecting) {
                return;
            }
            if (row == null) {
                return;
            }
            if (row.isPurged()) {
                editor.showTombstone(row.tombstone()).thenAccept(shown -> {
                    if (!shown) {
                        reselect(old);
                    }
                });
                return;
            }
            if (editor.currentId().map(row.id()::equals).orElse(false) && editor.isShowingInterview()) {
                return;
            }
            editor.open(row.id()).thenAccept(opened -> {
                if (!opened) {
                    reselect(old);
                }
            });
        });
        vm.load();
        savedFilters.load();
    }

    private ToggleButton filterToggle(I18n i18n) {
        showFilters.setId("toggleFilters");
        showFilters.setGraphic(Icons.of(MaterialDesignF.FILTER_VARIANT));
        showFilters.getStyleClass().add(Styles.BUTTON_ICON);
        showFilters.setTooltip(new Tooltip(i18n.get("filter.toggle")));
        showFilters.setAccessibleText(i18n.get("filter.toggle"));
        showFilters.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                getItems().add(0, filterPanel);
                setDividerPositions(0.2, 0.5);
            } else {
                getItems().remove(filterPanel);
                setDividerPositions(0.3);
            }
        });
        return showFilters;
    }

    private TextField searchField(I18n i18n) {
        search.setId("search");
        search.setPromptText(i18n.get("search.prompt"));
        search.setTooltip(new Tooltip(i18n.get("search.tooltip")));
        search.textProperty().bindBidirectional(searchModel.query);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchModel.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                // Into the results, so Enter there opens the first hit without touching the mouse.
                if (!searchModel.hits.isEmpty()) {
                    results.list().requestFocus();
                    results.list().getSelectionModel().selectFirst();
                    e.consume();
                }
            }
        });
        search.setMaxWidth(Double.MAX_VALUE);
        return search;
    }

    /** Opens a search hit in the editor: the transcript at the match, or at the anchor of a note, memo or comment. */
    private void openHit(SearchHit hit, SearchMatch match) {
        int start = match == null ? 0 : match.source() == SearchMatch.Source.TRANSCRIPT ? match.start()
                : match.transcriptOffset();
        int end = match != null && match.source() == SearchMatch.Source.TRANSCRIPT ? match.end() : start;
        editor.openAt(hit.interviewId(), start, end).thenAccept(opened -> {
            if (opened) {
                vm.find(hit.interviewId()).ifPresent(this::reselect);
            }
        });
    }

    /** Shows the library with exactly {@code filter} (from the dashboard); the search is cleared. */
    public void applyFilter(InterviewFilter filter) {
        searchModel.clear();
        vm.criteria.set(filter);
    }

    /** The filter the list shows, for the dashboard. */
    public javafx.beans.property.ObjectProperty<InterviewFilter> criteria() {
        return vm.criteria;
    }

    /** The interviews loaded in the list, for the dashboard. */
    public java.util.List<app.caravan.domain.InterviewSummary> summaries() {
        return vm.summaries();
    }

    /** Shows or hides the facet panel. */
    public void showFilterPanel(boolean show) {
        showFilters.setSelected(show);
    }

    /** Ctrl+N: a new draft with a placeholder pseudonym, selected and ready to be renamed. */
    public void newInterview() {
        searchModel.clear();
        vm.create(interview -> editor.show(interview).thenAccept(shown -> {
            if (shown) {
                vm.find(interview.id()).ifPresent(this::reselect);
                editor.focusConsent();
            }
        }));
    }

    /**
     * After a codebook merge recoded interviews in the vault: the list and the open interview
     * are read again, so the editor does not hold a stale revision.
     */
    public void reloadAfterRecoding() {
        vm.load(() -> editor.currentId().ifPresent(id -> {
            if (editor.isShowingInterview()) {
                vm.find(id).ifPresent(this::reselect);
                editor.open(id);
            }
        }));
    }

    /** The editor's shortcuts, passed on by the window wherever the focus is on this page. */
    public void handleShortcut(javafx.scene.input.KeyEvent event) {
        editor.handleShortcut(event);
    }

    /** Ctrl+Delete: deletes the selected interview, after asking. */
    public void deleteSelectedInterview() {
        InterviewRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && !row.isPurged()) {
            deleteSelected();
        }
    }

    /** Ctrl+F: into the search field, its text selected to be typed over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Saves whatever the editor has pending (before a codebook merge recodes interviews). */
    public CompletableFuture<Boolean> flush() {
        return editor.flush();
    }

    /** For lock and close: stops recording and playback, saves what is pending. */
    public CompletableFuture<Boolean> prepareToClose() {
        return editor.prepareToClose();
    }

    /** True while the interview list is being read from the vault. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return vm.loading;
    }

    public EditorView editor() {
        return editor;
    }

    private void deleteSelected() {
        InterviewRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        I18n i18n = context.i18n();
        boolean confirmed = context.dialogs().confirm(i18n.get("library.delete.title"),
                i18n.format("library.delete.message", row.pseudonym()), i18n.get("library.delete.confirm"));
        if (!confirmed) {
            return;
        }
        boolean open = editor.currentId().map(row.id()::equals).orElse(false);
        // Let a running save finish first, so it cannot resurrect or fail on the deleted record.
        editor.flush().whenComplete((saved, error) -> {
            if (open) {
                editor.clear();
                reselect(null);
            }
            vm.delete(row, () -> { });
        });
    }

    private void reselect(InterviewRow row) {
        selecting = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            selecting = false;
        }
    }
}
