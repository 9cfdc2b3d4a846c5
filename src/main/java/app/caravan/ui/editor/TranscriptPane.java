package app.caravan.ui.editor;

import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The transcript tab: the transcript with its highlighting, the coding tools above it, and the
 * segments and field notes beside it. Locked, with the reason on top, until participation
 * consent is recorded.
 */
final class TranscriptPane {
    private final EditorViewModel vm;
    private final TranscriptArea area;
    private final CodingBar codingBar;
    private final SegmentPanel segments;
    private final NotesSection notes;
    private final BorderPane pane = new BorderPane();

    TranscriptPane(EditorViewModel vm, ObservableValue<Vocabulary> vocabulary, I18n i18n, Supplier<Duration> timer,
            Runnable insertMark, Runnable goToConsent) {
        this.vm = vm;
        this.area = new TranscriptArea(vm, vocabulary, i18n);
        Button mark = new Button(i18n.get("editor.transcript.insertMark"), Icons.of(MaterialDesignH.HISTORY));
        this.codingBar = new CodingBar(vocabulary, i18n, this::codeQuickTheme, this::codeWith, mark);
        this.segments = new SegmentPanel(vm, area, vocabulary, i18n);
        this.notes = new NotesSection(vm, i18n, timer);

        mark.setId("insertMark");
        mark.setFocusTraversable(false);
        mark.setTooltip(new javafx.scene.control.Tooltip(Shortcut.TIMESTAMP.display()));
        mark.setOnAction(e -> insertMark.run());
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("codingMessage");
        message.setWrapText(true);
        message.getStyleClass().addAll(UiStyles.ERROR_TEXT, Styles.TEXT_SMALL);
        message.textProperty().bind(vm.coding.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        codingBar.box().disableProperty().bind(vm.contentAllowed.not());
        VBox top = new VBox(6, codingBar.box(), message);
        top.getStyleClass().add(UiStyles.TRANSCRIPT_TOOLS);

        SplitPane side = new SplitPane(segments.box(), notes.box());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.56);
        side.getStyleClass().add(UiStyles.SIDE_PANEL);
        side.setMinWidth(300);
        SplitPane split = new SplitPane(area.node(), side);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(side, false);

        pane.setTop(new VBox(gate(i18n, goToConsent), top));
        pane.setCenter(split);
        pane.setId("transcriptPane");
    }

    BorderPane node() {
        return pane;
    }

    TranscriptArea area() {
        return area;
    }

    SegmentPanel segments() {
        return segments;
    }

    NotesSection notes() {
        return notes;
    }

    /** Ctrl+{@code number}: toggles the n-th theme on the selection. */
    void codeQuick(int number) {
        String key = codingBar.quickTheme(number);
        if (key != null) {
            codeQuickTheme(key);
        }
    }

    /** Ctrl+Shift+C: the selection gets the themes chosen in the picker. */
    void codeChosen() {
        codeWith(codingBar.chosen());
    }

    private void codeQuickTheme(String key) {
        IndexRange range = area.selection();
        if (vm.coding.toggle(range.getStart(), range.getEnd(), key).isEmpty()) {
            vm.coding.at(range.getStart()).ifPresent(segments::reselect);
        }
    }

    private void codeWith(List<String> themeKeys) {
        IndexRange range = area.selection();
        if (vm.coding.code(range.getStart(), range.getEnd(), themeKeys, "").isEmpty()) {
            vm.segments.stream().filter(s -> s.start() == range.getStart() && s.end() == range.getEnd())
                    .findFirst().ifPresent(segments::reselect);
        }
    }

    /** The banner that says why the transcript is locked, with the way to unlock it. */
    private VBox gate(I18n i18n, Runnable goToConsent) {
        Label why = new Label(i18n.get("editor.gate.transcript"), Icons.of(MaterialDesignL.LOCK_OUTLINE));
        why.setId("transcriptGate");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(i18n.get("editor.gate.goToConsent"));
        go.setId("goToConsent");
        go.setOnAction(e -> goToConsent.run());
        go.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(why, Priority.ALWAYS);
        HBox row = new HBox(12, why, go);
        row.setAlignment(Pos.CENTER_LEFT);
        Label withdrawn = new Label(i18n.get("editor.gate.withdrawn"), Icons.of(MaterialDesignL.LOCK_OUTLINE));
        withdrawn.setWrapText(true);
        VBox banner = new VBox(row);
        banner.getStyleClass().add(UiStyles.GATE_BANNER);
        banner.visibleProperty().bind(vm.contentAllowed.not());
        banner.managedProperty().bind(banner.visibleProperty());
        vm.withdrawn.addListener((obs, was, now) -> banner.getChildren().setAll(now ? withdrawn : row));
        return banner;
    }
}
