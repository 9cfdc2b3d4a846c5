package app.caravan.ui.main;

import app.caravan.ui.codebook.CodebookView;
import app.caravan.ui.common.ContentWipe;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.export.ExportView;
import app.caravan.ui.insight.InsightView;
import app.caravan.ui.library.LibraryView;
import app.caravan.ui.review.ReviewPage;
import app.caravan.ui.settings.SettingsView;
import app.caravan.ui.sync.SyncView;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The window of an unlocked vault: sidebar, pages, the Lock action, and the F1 overview of
 * shortcuts above it all. Locking and closing first store pending edits, then close the
 * session, which locks the vault.
 */
public final class MainWindow extends StackPane {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final SessionContext context;
    private final I18n i18n;
    private final Runnable onLock;
    private final Consumer<String> onDestroy;
    private final Sidebar sidebar;
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final LibraryView library;
    private final ShortcutsOverlay shortcuts;
    private boolean closing;

    /**
     * @param onLock what Ctrl+L and the Lock button ask for: the shell hides the window and then
     *     calls {@link #closeSession(boolean)}
     * @param onDestroy destroying the vault from Settings, with the confirmation the user typed
     */
    public MainWindow(SessionContext context, Runnable onLock, Consumer<String> onDestroy) {
        this.context = context;
        this.i18n = context.i18n();
        this.onLock = onLock;
        this.onDestroy = onDestroy;
        setId("mainWindow");
        library = new LibraryView(context);
        pages.put(Page.INTERVIEWS, library);
        sidebar = new Sidebar(i18n, this::show);
        BorderPane layout = new BorderPane(content, top(), null, null, sidebar);
        shortcuts = new ShortcutsOverlay(i18n);
        shortcuts.setOnClosed(() -> content.requestFocus());
        getChildren().addAll(layout, shortcuts);
        sidebar.select(Page.INTERVIEWS);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** Ctrl+L and the Lock button. */
    public void lock() {
        onLock.run();
    }

    /** For closing the window: save (asking before unsaved edits are dropped), then close the session. */
    public CompletableFuture<Void> closeSession() {
        return closeSession(true);
    }

    /**
     * Saves what can be saved, stops running work and closes the session. Completes on the FX
     * thread. A lock passes {@code askAboutUnsaved} false: nobody may be there to answer, and
     * edits that cannot be saved (an invalid field) are dropped rather than kept on screen.
     */
    public CompletableFuture<Void> closeSession(boolean askAboutUnsaved) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        if (closing) {
            return closed;
        }
        closing = true;
        library.prepareToClose().handle((saved, error) -> Boolean.TRUE.equals(saved)).thenAccept(saved -> {
            if (!saved && askAboutUnsaved && !context.dialogs().confirm(i18n.get("lock.unsaved.title"),
                    i18n.get("lock.unsaved.message"), i18n.get("lock.unsaved.confirm"))) {
                closing = false;
                return;
            }
            stopWork();
            Tasks.createVoid(() -> context.session().close())
                    .onError(error -> LOG.log(Level.WARNING, "Closing the vault failed", error))
                    .andFinally(() -> closed.complete(null))
                    .runOnce(context.executor());
        });
        return closed;
    }

    /**
     * Running work is cancelled rather than waited for: a lock must not keep the key in memory
     * for the rest of an export. The export stops at its next step and leaves nothing behind.
     */
    public void stopWork() {
        closing = true;
        if (pages.get(Page.EXPORT) instanceof ExportView export) {
            export.cancelRunning();
        }
        if (pages.get(Page.SETTINGS) instanceof SettingsView settings) {
            settings.clearPassphrases();
        }
    }

    /** Empties every page's fields, editor, lists and labels; only once the session is closed. */
    public void wipe() {
        java.util.List<Node> nodes = new java.util.ArrayList<>(pages.values());
        nodes.add(this);
        ContentWipe.clear(nodes.toArray(Node[]::new));
    }

    /** The Settings page's "Destroy vault", once the user typed the confirmation. */
    public void destroyVault(String confirmation) {
        onDestroy.accept(confirmation);
    }

    /**
     * For a JVM that is exiting without a close request: saves and locks on the calling (FX)
     * thread, because no later callback would run.
     */
    public void closeNow() {
        try {
            library.editor().closeNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Saving on exit failed", e);
        } finally {
            context.session().close();
        }
    }

    public LibraryView library() {
        return library;
    }

    /** The key of the page shown ({@code interviews}, {@code settings}, ...), for {@link #openPage}. */
    public String currentPage() {
        return sidebar.selected().key;
    }

    /** Shows the page with {@code key}, as if its sidebar entry were clicked; unknown keys are ignored. */
    public void openPage(String key) {
        for (Page page : Page.values()) {
            if (page.key.equals(key)) {
                sidebar.select(page);
            }
        }
    }

    /**
     * For a window replaced while the vault stays open (a new language): forgets passphrases
     * typed into Settings and stops the pages that follow the session's events.
     */
    public void retire() {
        if (pages.get(Page.SETTINGS) instanceof SettingsView settings) {
            settings.clearPassphrases();
        }
        if (pages.get(Page.SYNC) instanceof SyncView sync) {
            sync.dispose();
        }
    }

    void show(Page page) {
        boolean shownBefore = pages.containsKey(page);
        Node node = pages.computeIfAbsent(page, p -> switch (p) {
            case SETTINGS -> new SettingsView(context, this::destroyVault);
            case SYNC -> new SyncView(context);
            case EXPORT -> new ExportView(context);
            case INTERVIEWS -> library;
            case CODEBOOK -> new CodebookView(context, library::flush, library::reloadAfterRecoding);
            case REVIEW -> new ReviewPage(context, library::flush, library::reloadAfterRecoding);
            case INSIGHT -> new InsightView(context, library::summaries, library.criteria(), filter -> {
                sidebar.select(Page.INTERVIEWS);
                library.applyFilter(filter);
            });
        });
        content.getChildren().setAll(node);
        if (node instanceof ReviewPage review) {
            // The role or the interviews may have changed since the page was last shown.
            review.refresh();
        }
        if (node instanceof InsightView insight) {
            insight.refresh();
        }
        if (shownBefore && node instanceof SyncView sync) {
            // Bundles may have been sealed or acknowledged elsewhere since the page was last shown.
            sync.refresh();
        }
        if (shownBefore && node instanceof ExportView export) {
            export.refresh();
        }
    }

    /** F1: the overview of every shortcut. */
    public void showShortcuts() {
        shortcuts.open();
    }

    private void shortcut(KeyEvent event) {
        if (shortcuts.isVisible()) {
            // The overview is modal: keys close it (its own handler) but do nothing behind it.
            if (Shortcut.HELP.matches(event)) {
                shortcuts.close();
                event.consume();
            }
            return;
        }
        if (Shortcut.HELP.matches(event)) {
            showShortcuts();
        } else if (Shortcut.NEW_INTERVIEW.matches(event)) {
            sidebar.select(Page.INTERVIEWS);
            library.newInterview();
        } else if (Shortcut.LOCK.matches(event)) {
            lock();
        } else if (Shortcut.FIND.matches(event)) {
            sidebar.select(Page.INTERVIEWS);
            library.focusSearch();
        } else if (Shortcut.DELETE_INTERVIEW.matches(event)) {
            sidebar.select(Page.INTERVIEWS);
            library.deleteSelectedInterview();
        } else if (!selectPage(event)) {
            // Page shortcuts work wherever the focus is, even in the sidebar or the top bar.
            Node page = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
            if (page == library) {
                library.handleShortcut(event);
            } else if (page instanceof CodebookView codebook) {
                codebook.handleShortcut(event);
            } else if (page instanceof ReviewPage review) {
                review.handleShortcut(event);
            } else if (page instanceof SyncView sync) {
                sync.handleShortcut(event);
            }
            return;
        }
        event.consume();
    }

    private boolean selectPage(KeyEvent event) {
        Shortcut[] keys = {Shortcut.PAGE_INTERVIEWS, Shortcut.PAGE_CODEBOOK, Shortcut.PAGE_REVIEW, Shortcut.PAGE_SYNC,
            Shortcut.PAGE_EXPORT, Shortcut.PAGE_SETTINGS, Shortcut.PAGE_INSIGHT};
        Page[] targets = {Page.INTERVIEWS, Page.CODEBOOK, Page.REVIEW, Page.SYNC, Page.EXPORT, Page.SETTINGS,
            Page.INSIGHT};
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].matches(event)) {
                sidebar.select(targets[i]);
                return true;
            }
        }
        return false;
    }

    /** The top bar, and under it, on every page of the demo vault, what kind of vault this is. */
    private Node top() {
        HBox bar = topBar();
        if (!context.session().isDemo()) {
            return bar;
        }
        Label banner = new Label(i18n.get("demo.banner"), Icons.of(MaterialDesignT.TEST_TUBE, 18));
        banner.setId("demoBanner");
        banner.getStyleClass().add(UiStyles.DEMO_BANNER);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        return new VBox(bar, banner);
    }

    private HBox topBar() {
        Label brand = new Label(i18n.get("app.name"), Icons.of(MaterialDesignS.SHIELD_LOCK_OUTLINE, 20));
        brand.getStyleClass().addAll(UiStyles.BRAND, Styles.TITLE_4);
        Label vault = new Label(context.session().directory().toAbsolutePath().toString());
        vault.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        vault.setMinWidth(0);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lock = new Button(i18n.get("lock.button"), Icons.of(MaterialDesignL.LOCK_OUTLINE));
        lock.setId("lockButton");
        lock.setTooltip(new Tooltip(i18n.get("lock.tooltip")));
        lock.setOnAction(e -> lock());
        Button help = Icons.iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignK.KEYBOARD_OUTLINE,
                i18n.get("shortcuts.button"));
        help.setId("shortcutsButton");
        help.setOnAction(e -> showShortcuts());
        HBox bar = new HBox(12, brand, vault, spacer, help, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(UiStyles.TOP_BAR);
        return bar;
    }
}
