package app.caravan.ui.library;

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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Interviews page: the list on the left, the selected interview's editor on the right. */
public final class LibraryView extends SplitPane {
    private final SessionContext context;
    private final LibraryViewModel vm;
    private final InterviewTable table;
    private final EditorView editor;
    private final TextField filter = new TextField();
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

        filter.setId("filter");
        filter.setPromptText(i18n.get("library.filter"));
        filter.textProperty().bindBidirectional(vm.filter);
        filter.setTooltip(new Tooltip(i18n.get("library.filter.tooltip")));
        HBox.setHgrow(filter, Priority.ALWAYS);
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
        HBox tools = new HBox(8, filter, add, delete);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(10));
        VBox left = new VBox(tools, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setMinWidth(280);
        editor.setMinWidth(520);

        getItems().setAll(left, editor);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);

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
    }

    /** Ctrl+N: a new draft with a placeholder pseudonym, selected and ready to be renamed. */
    public void newInterview() {
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

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Saves whatever the editor has pending (before a codebook merge recodes interviews). */
    public CompletableFuture<Boolean> flush() {
        return editor.flush();
    }

    /** For lock and close: stops recording and playback, saves what is pending. */
    public CompletableFuture<Boolean> prepareToClose() {
        return editor.prepareToClose();
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
