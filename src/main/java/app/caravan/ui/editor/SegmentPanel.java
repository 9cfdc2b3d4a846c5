package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.Shortcut;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The coded segments beside the transcript, and the one in hand: its memo and whether it may
 * be quoted verbatim. The quotable box is off, and says why, while the interviewee has not
 * consented to verbatim quotes.
 */
final class SegmentPanel {
    private static final int EXCERPT_LENGTH = 60;
    /** How long the table may lag behind segments that only moved with typing. */
    private static final Duration SETTLE = Duration.millis(300);

    final TableView<Segment> table = new TableView<>();
    final TextField memo = new TextField();
    final CheckBox quotable = new CheckBox();
    private final EditorViewModel vm;
    private final TranscriptArea area;
    private final VBox box;
    /**
     * The segments the table shows. Typing moves every segment after the caret on each key, and a
     * table told about it redraws all its rows within that frame; so moves made by typing reach the
     * table once the typing pauses, or at once when the table is used. Coding changes go at once.
     */
    private final ObservableList<Segment> shown = FXCollections.observableArrayList();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean stale;
    /** Set while the panel itself changes the selection or the memo, so listeners do not echo. */
    private boolean updating;

    SegmentPanel(EditorViewModel vm, TranscriptArea area, ObservableValue<Vocabulary> vocabulary, I18n i18n) {
        this.vm = vm;
        this.area = area;
        shown.setAll(vm.segments);
        vm.segments.addListener((ListChangeListener<Segment>) change -> {
            stale = true;
            if (vm.coding.isShifting()) {
                settle.playFromStart();
            } else {
                syncTable();
            }
        });
        settle.setOnFinished(e -> syncTable());
        buildTable(vocabulary, i18n);

        memo.setId("segmentMemo");
        memo.setPromptText(i18n.get("editor.coding.memo"));
        HBox.setHgrow(memo, Priority.ALWAYS);
        memo.setOnAction(e -> commitMemo());
        memo.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitMemo();
            }
        });
        quotable.setId("quotable");
        quotable.setText(i18n.get("editor.coding.quotable"));
        quotable.setMinWidth(Region.USE_PREF_SIZE);
        Label quotesHint = Sections.hint(i18n.get("editor.coding.quotesNeedConsent"));
        quotesHint.setId("quotableHint");
        quotesHint.visibleProperty().bind(vm.consent.verbatimQuotes.not());
        quotesHint.managedProperty().bind(quotesHint.visibleProperty());
        quotesHint.setMinHeight(Region.USE_PREF_SIZE);
        HBox quotableBox = new HBox(quotable);
        // A disabled control shows no tooltip, so the reason hangs on its container.
        Tooltip.install(quotableBox, new Tooltip(i18n.get("editor.coding.quotesNeedConsent")));
        quotable.setOnAction(e -> current().ifPresent(s -> {
            vm.coding.setQuotable(s, quotable.isSelected());
            reselect(s.withQuotable(quotable.isSelected()));
        }));
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE,
                i18n.get("editor.coding.remove") + " (" + Shortcut.REMOVE_SEGMENT.display() + ")");
        remove.setId("removeSegment");
        remove.setOnAction(e -> removeCurrent());

        var selected = table.getSelectionModel().selectedItemProperty();
        memo.disableProperty().bind(selected.isNull().or(vm.contentAllowed.not()));
        quotable.disableProperty().bind(selected.isNull().or(vm.consent.verbatimQuotes.not())
                .or(vm.contentAllowed.not()));
        remove.disableProperty().bind(selected.isNull().or(vm.contentAllowed.not()));
        selected.addListener((obs, old, segment) -> show(segment));

        Label title = new Label(i18n.get("editor.coding.segments"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.size(vm.segments).asString());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, count, spacer, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        memo.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(6, header, table, memo, quotableBox, quotesHint);
        VBox.setVgrow(table, Priority.ALWAYS);

        // Moving the caret into coded text brings its segment into hand (after typing: once the table follows).
        area.area().caretPositionProperty().addListener((obs, old, caret) -> {
            if (!stale) {
                selectAtCaret();
            }
        });
    }

    VBox box() {
        return box;
    }

    /** The selected segment, or the one at the caret. */
    Optional<Segment> current() {
        syncTable();
        Segment selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            return Optional.of(selected);
        }
        Optional<Segment> atCaret = vm.coding.at(area.caret());
        atCaret.ifPresent(this::reselect);
        return atCaret;
    }

    /** Ctrl+M: into the memo of the segment in hand. */
    void editMemo() {
        current().ifPresent(s -> {
            memo.requestFocus();
            memo.selectAll();
        });
    }

    /** Ctrl+Shift+Q. */
    void toggleQuotable() {
        current().ifPresent(s -> {
            if (vm.coding.setQuotable(s, !s.quotable()).isEmpty()) {
                reselect(s.withQuotable(!s.quotable()));
            }
        });
    }

    void removeCurrent() {
        current().ifPresent(vm.coding::remove);
    }

    /** Selects {@code segment} (by value: edits replace segments) in the table. */
    void reselect(Segment segment) {
        syncTable();
        updating = true;
        try {
            table.getSelectionModel().select(segment);
            table.scrollTo(segment);
        } finally {
            updating = false;
        }
        show(table.getSelectionModel().getSelectedItem());
    }

    private void show(Segment segment) {
        boolean was = updating;
        updating = true;
        try {
            memo.setText(segment == null ? "" : segment.memo());
            quotable.setSelected(segment != null && segment.quotable());
        } finally {
            updating = was;
        }
    }

    /** Brings the table up to date with the segments now, if typing moved them since. */
    void syncTable() {
        if (!stale) {
            return;
        }
        stale = false;
        settle.stop();
        shown.setAll(vm.segments);
        selectAtCaret();
    }

    private void selectAtCaret() {
        if (area.area().isFocused() && area.area().getSelection().getLength() == 0) {
            vm.coding.at(area.caret()).ifPresent(this::reselect);
        }
    }

    private void commitMemo() {
        syncTable();
        Segment s = table.getSelectionModel().getSelectedItem();
        if (updating || s == null || s.memo().equals(memo.getText())) {
            return;
        }
        Segment next = new Segment(s.start(), s.end(), s.themes(), memo.getText(), s.quotable());
        vm.coding.setMemo(s, memo.getText());
        reselect(next);
    }

    private void buildTable(ObservableValue<Vocabulary> vocabulary, I18n i18n) {
        table.setId("segments");
        table.setItems(shown);
        // A click acts on what the rows show, so they show the segments as they are now.
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> syncTable());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("editor.coding.empty")));
        table.getStyleClass().add(Styles.DENSE);
        TableColumn<Segment, String> quote = new TableColumn<>("");
        quote.setGraphic(Icons.of(MaterialDesignF.FORMAT_QUOTE_CLOSE));
        quote.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().quotable() ? "❝" : ""));
        quote.setPrefWidth(30);
        quote.setMinWidth(30);
        quote.setMaxWidth(30);
        TableColumn<Segment, String> excerpt = new TableColumn<>(i18n.get("editor.coding.excerpt"));
        excerpt.setCellValueFactory(c -> new ReadOnlyStringWrapper(excerpt(vm.transcript.get(), c.getValue())));
        excerpt.setPrefWidth(150);
        TableColumn<Segment, String> themes = new TableColumn<>(i18n.get("editor.coding.themes"));
        themes.setCellValueFactory(c -> Bindings.createStringBinding(() -> themeNames(vocabulary.getValue(),
                c.getValue().themes()), vocabulary));
        themes.setPrefWidth(110);
        // Narrow beside the transcript: what the passage says and how it is coded; the memo shows below.
        table.getColumns().setAll(List.of(quote, excerpt, themes));
        // Double-clicking a segment shows its text selected in the transcript.
        table.setRowFactory(t -> {
            TableRow<Segment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    area.select(row.getItem());
                    area.area().requestFocus();
                }
            });
            return row;
        });
    }

    static String excerpt(String text, Segment segment) {
        if (segment.end() > text.length()) {
            return "";
        }
        String span = text.substring(segment.start(), segment.end()).replaceAll("\\s+", " ").strip();
        return span.length() <= EXCERPT_LENGTH ? span : span.substring(0, EXCERPT_LENGTH - 1) + "…";
    }

    static String themeNames(Vocabulary vocabulary, List<String> keys) {
        return keys.stream().map(k -> vocabulary.theme(k).map(Theme::name).orElse(k))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
