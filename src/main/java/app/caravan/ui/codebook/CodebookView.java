package app.caravan.ui.codebook;

import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.ThemeOrder;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The codebook page: the themes as a tree with their colors, and the edits a coding team
 * needs while field work goes on: add, rename, recolor, nest (by dragging a theme onto another,
 * or "Move under…") and merge two themes, which recodes every segment after a confirmation
 * that says how many codings change.
 */
public final class CodebookView extends BorderPane {
    private final SessionContext context;
    private final I18n i18n;
    private final CodebookViewModel vm;
    private final Supplier<CompletableFuture<Boolean>> flushEditor;
    private final Runnable afterRecoding;
    final TreeView<Theme> tree = new TreeView<>();
    private final ColorPicker color = new ColorPicker();
    private final Label selectedName = new Label();
    private boolean showing;

    /**
     * {@code flushEditor} saves the open interview before a merge recodes it in the vault;
     * {@code afterRecoding} reloads what shows interviews afterwards.
     */
    public CodebookView(SessionContext context, Supplier<CompletableFuture<Boolean>> flushEditor,
            Runnable afterRecoding) {
        this.context = context;
        this.i18n = context.i18n();
        this.vm = new CodebookViewModel(context);
        this.flushEditor = flushEditor;
        this.afterRecoding = afterRecoding;
        setId("codebook");
        getStyleClass().add(UiStyles.PAGE);

        tree.setId("themeTree");
        tree.setShowRoot(false);
        tree.getStyleClass().add(UiStyles.CODEBOOK_TREE);
        tree.setCellFactory(t -> new ThemeCell(this));
        tree.setOnDragOver(e -> {
            if (e.getGestureSource() instanceof ThemeCell && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        // Dropped on the tree's empty area: the theme becomes top-level.
        tree.setOnDragDropped(e -> {
            theme(e.getDragboard().getString()).ifPresent(t -> moveTo(t, null));
            e.setDropCompleted(true);
        });
        context.vocabularyProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(context.vocabulary());

        Label title = new Label(i18n.get("codebook.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label message = new Label();
        message.setId("codebookMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(UiStyles.ERROR_TEXT, UiStyles.SUCCESS_TEXT);
            message.getStyleClass().add(now ? UiStyles.ERROR_TEXT : UiStyles.SUCCESS_TEXT);
        });
        VBox top = new VBox(8, title, Sections.hint(i18n.get("codebook.hint")), toolbar(), message);
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(tree);
        setRight(details());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showSelected());
    }

    private HBox toolbar() {
        Button addChild = button("addTheme", "codebook.add", MaterialDesignP.PLUS, Shortcut.THEME_ADD, this::addChild);
        Button addTop = button("addTopTheme", "codebook.addTop", MaterialDesignP.PLUS_BOX_OUTLINE,
                Shortcut.THEME_ADD_TOP, () -> add(null));
        HBox bar = new HBox(8, addChild, addTop);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox details() {
        selectedName.setId("selectedTheme");
        selectedName.getStyleClass().add(Styles.TITLE_4);
        selectedName.setWrapText(true);
        color.setId("themeColor");
        color.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        color.setOnAction(e -> selected().ifPresent(t -> {
            if (showing) {
                return;
            }
            vm.recolor(t, color.getValue(), this::select);
        }));
        Tooltip.install(color, new Tooltip(i18n.get("shortcut.themeRecolor") + " (" + Shortcut.THEME_RECOLOR.display()
                + ")"));
        Label colorLabel = new Label(i18n.get("codebook.color"));
        HBox colorRow = new HBox(8, colorLabel, color);
        colorRow.setAlignment(Pos.CENTER_LEFT);
        Button rename = button("renameTheme", "codebook.rename", MaterialDesignR.RENAME_BOX, Shortcut.THEME_RENAME,
                this::rename);
        Button move = button("moveTheme", "codebook.move", MaterialDesignF.FILE_TREE_OUTLINE, Shortcut.THEME_MOVE,
                this::move);
        Button merge = button("mergeTheme", "codebook.merge", MaterialDesignC.CALL_MERGE, Shortcut.THEME_MERGE,
                this::merge);
        for (Button b : List.of(rename, move, merge)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
        }
        VBox box = new VBox(12, selectedName, colorRow, rename, move, merge,
                Sections.hint(i18n.get("codebook.dragHint")));
        box.setPrefWidth(280);
        box.setMinWidth(240);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 18));
        box.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull().or(vm.working));
        return box;
    }

    private Button button(String id, String key, Ikon icon, Shortcut shortcut, Runnable action) {
        Button b = new Button(i18n.get(key), Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(shortcut.display()));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The codebook's shortcuts, passed on by the window wherever the focus is on this page. */
    public void handleShortcut(KeyEvent e) {
        Map<Shortcut, Runnable> actions = Map.of(Shortcut.THEME_ADD, this::addChild, Shortcut.THEME_ADD_TOP,
                () -> add(null), Shortcut.THEME_RENAME, this::rename, Shortcut.THEME_RECOLOR, () -> {
                    if (selected().isPresent()) {
                        color.show();
                    }
                }, Shortcut.THEME_MOVE, this::move, Shortcut.THEME_MERGE, this::merge);
        actions.entrySet().stream().filter(a -> a.getKey().matches(e)).findFirst().ifPresent(a -> {
            a.getValue().run();
            e.consume();
        });
    }

    private void addChild() {
        add(selected().map(Theme::key).orElse(null));
    }

    private void add(String parentKey) {
        context.dialogs().askText(i18n.get("codebook.add.title"), i18n.get("codebook.add.prompt"), "")
                .ifPresent(name -> vm.add(name, parentKey, this::select));
    }

    private void rename() {
        selected().ifPresent(t -> context.dialogs().askText(i18n.get("codebook.rename.title"),
                i18n.get("codebook.rename.prompt"), t.name())
                .filter(name -> !name.equals(t.name()))
                .ifPresent(name -> vm.rename(t, name, this::select)));
    }

    private void move() {
        selected().ifPresent(t -> {
            List<Optional<Theme>> targets = new java.util.ArrayList<>();
            targets.add(Optional.empty());
            ThemeOrder.themes(vm.themes()).stream()
                    .filter(p -> !p.key().equals(t.key()) && !vm.isWithin(p, t))
                    .forEach(p -> targets.add(Optional.of(p)));
            context.dialogs().choose(i18n.get("codebook.move.title"), i18n.format("codebook.move.prompt", t.name()),
                    targets, o -> o.map(Theme::name).orElse(i18n.get("codebook.topLevel")))
                    .ifPresent(target -> moveTo(t, target.orElse(null)));
        });
    }

    void moveTo(Theme theme, Theme parent) {
        vm.move(theme, parent, this::select);
    }

    private void merge() {
        selected().ifPresent(from -> {
            List<Theme> targets = ThemeOrder.themes(vm.themes()).stream().filter(t -> !t.key().equals(from.key()))
                    .toList();
            context.dialogs().choose(i18n.get("codebook.merge.title"), i18n.format("codebook.merge.prompt", from.name()),
                    targets, Theme::name).ifPresent(into -> vm.countCodings(from, count -> {
                        if (context.dialogs().confirm(i18n.get("codebook.merge.confirmTitle"),
                                i18n.format("codebook.merge.confirm", from.name(), into.name(), count),
                                i18n.get("codebook.merge.confirmButton"))) {
                            flushEditor.get().thenAccept(saved -> {
                                // Merging under unsaved edits would leave the editor on a stale revision.
                                if (!saved) {
                                    vm.message.set(i18n.get("codebook.merge.unsaved"));
                                    vm.failed.set(true);
                                    return;
                                }
                                vm.merge(from, into, () -> {
                                    select(into);
                                    afterRecoding.run();
                                });
                            });
                        }
                    }));
        });
    }

    Optional<Theme> selected() {
        TreeItem<Theme> item = tree.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item).map(TreeItem::getValue);
    }

    Optional<Theme> theme(String key) {
        return vm.themes().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    boolean isWithin(Theme candidate, Theme ancestor) {
        return vm.isWithin(candidate, ancestor);
    }

    /** Selects {@code theme} and gives the tree the focus back, ready for the next key. */
    private void select(Theme theme) {
        findItem(tree.getRoot(), theme.key()).ifPresent(item -> {
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        });
        tree.requestFocus();
    }

    private void showSelected() {
        showing = true;
        try {
            Optional<Theme> theme = selected();
            selectedName.setText(theme.map(Theme::name).orElse(i18n.get("codebook.noneSelected")));
            theme.ifPresent(t -> color.setValue(Color.web(t.color())));
        } finally {
            showing = false;
        }
    }

    /** Builds the tree from the codebook, keeping the selection. */
    private void rebuild(Vocabulary vocabulary) {
        String keep = selected().map(Theme::key).orElse(null);
        TreeItem<Theme> root = new TreeItem<>();
        Map<String, TreeItem<Theme>> items = new HashMap<>();
        for (ThemeOrder.Entry entry : ThemeOrder.of(vocabulary.themes())) {
            Theme t = entry.theme();
            TreeItem<Theme> item = new TreeItem<>(t);
            item.setExpanded(true);
            items.put(t.key(), item);
            TreeItem<Theme> parent = entry.depth() == 0 ? root : items.getOrDefault(t.parentKey(), root);
            parent.getChildren().add(item);
        }
        tree.setRoot(root);
        if (keep != null && items.containsKey(keep)) {
            tree.getSelectionModel().select(items.get(keep));
        }
        showSelected();
    }

    private static Optional<TreeItem<Theme>> findItem(TreeItem<Theme> item, String key) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return Optional.of(item);
        }
        for (TreeItem<Theme> child : item.getChildren()) {
            Optional<TreeItem<Theme>> found = findItem(child, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
