package app.caravan.ui.main;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.library.LibraryView;
import app.caravan.ui.settings.SettingsView;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The window of an unlocked vault: sidebar, pages, and the Lock action. Locking and closing
 * first store pending edits, then close the session, which locks the vault.
 */
public final class MainWindow extends BorderPane {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final SessionContext context;
    private final I18n i18n;
    private final Runnable onLocked;
    private final Sidebar sidebar;
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final LibraryView library;
    private boolean closing;

    public MainWindow(SessionContext context, Runnable onLocked) {
        this.context = context;
        this.i18n = context.i18n();
        this.onLocked = onLocked;
        setId("mainWindow");
        library = new LibraryView(context);
        pages.put(Page.INTERVIEWS, library);
        sidebar = new Sidebar(i18n, this::show);
        setTop(topBar());
        setLeft(sidebar);
        setCenter(content);
        sidebar.select(Page.INTERVIEWS);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** Ctrl+L and the Lock button: save, close the session, back to the unlock screen. */
    public void lock() {
        closeSession().thenRun(onLocked);
    }

    /** For closing the window: save, then close the session. Completes on the FX thread. */
    public CompletableFuture<Void> closeSession() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        if (closing) {
            return closed;
        }
        closing = true;
        library.flush().thenAccept(saved -> {
            if (!saved && !context.dialogs().confirm(i18n.get("lock.unsaved.title"), i18n.get("lock.unsaved.message"),
                    i18n.get("lock.unsaved.confirm"))) {
                closing = false;
                return;
            }
            if (pages.get(Page.SETTINGS) instanceof SettingsView settings) {
                settings.clearPassphrases();
            }
            Tasks.createVoid(() -> context.session().close())
                    .onError(error -> LOG.log(Level.WARNING, "Closing the vault failed", error))
                    .andFinally(() -> closed.complete(null))
                    .runOnce(context.executor());
        });
        return closed;
    }

    /**
     * For a JVM that is exiting without a close request: saves and locks on the calling (FX)
     * thread, because no later callback would run.
     */
    public void closeNow() {
        try {
            library.editor().autosave().saveBlocking();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Saving on exit failed", e);
        } finally {
            context.session().close();
        }
    }

    public LibraryView library() {
        return library;
    }

    void show(Page page) {
        Node node = pages.computeIfAbsent(page, p -> switch (p) {
            case SETTINGS -> new SettingsView(context);
            case INTERVIEWS -> library;
            default -> new LaterVersionPage(p, i18n);
        });
        content.getChildren().setAll(node);
    }

    private void shortcut(KeyEvent event) {
        if (NEW.match(event)) {
            sidebar.select(Page.INTERVIEWS);
            library.newInterview();
        } else if (LOCK.match(event)) {
            lock();
        } else if (FIND.match(event)) {
            sidebar.select(Page.INTERVIEWS);
            library.focusFilter();
        } else {
            return;
        }
        event.consume();
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
        HBox bar = new HBox(12, brand, vault, spacer, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(UiStyles.TOP_BAR);
        return bar;
    }
}
