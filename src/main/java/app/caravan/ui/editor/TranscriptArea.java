package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import app.caravan.domain.Timecode;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.common.WrappedScrollBars;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.input.MouseButton;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * The transcript as a RichTextFX area: virtualized, so a 200 KB interview scrolls and types
 * like a short one, with coded spans highlighted in their theme colors ({@link Highlighter}).
 * Edits go to the view model one by one as exact replacements, which keeps segments on their
 * words; the highlighting is then computed again only around the edit ({@link IncrementalStyles})
 * and re-applied only where it changed, at most once per pulse however fast the user types.
 * Clicking a {@code [hh:mm:ss]} mark seeks the audio.
 */
final class TranscriptArea {
    private final EditorViewModel vm;
    private final ObservableValue<Vocabulary> vocabulary;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> pane = new VirtualizedScrollPane<>(area);
    private final IncrementalStyles styles = new IncrementalStyles();
    /** The area's text, kept edit by edit: asking the area for it joins every paragraph anew. */
    private final StringBuilder text = new StringBuilder();
    private Highlighter highlighter;
    private List<Timecode.Mark> marks = List.of();
    private boolean syncing;
    private boolean restyleQueued;
    private boolean clearStyles;
    private Consumer<Duration> onSeek = at -> { };

    TranscriptArea(EditorViewModel vm, ObservableValue<Vocabulary> vocabulary, app.caravan.ui.common.I18n i18n) {
        this.vm = vm;
        this.vocabulary = vocabulary;
        area.setId("transcript");
        area.getStyleClass().add(UiStyles.TRANSCRIPT_AREA);
        area.setWrapText(true);
        // Typed text must not take the color of the coded word before it: codes come from segments only.
        area.setUseInitialStyleForInsertion(true);
        area.editableProperty().bind(vm.contentAllowed);
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label(i18n.get("editor.transcript.prompt"));
        placeholder.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        pane.getStyleClass().add(UiStyles.TRANSCRIPT_PANE);
        WrappedScrollBars.install(pane);
        highlighter = Highlighter.of(vocabulary.getValue().themes());

        area.plainTextChanges().subscribe(this::edited);
        vm.transcript.addListener((obs, old, now) -> {
            if (!syncing && !now.equals(area.getText())) {
                load(now);
            }
        });
        vm.segments.addListener((ListChangeListener<Segment>) change -> {
            // Segments moved by typing are restyled with the edit's stretch; anything else, everywhere.
            if (!vm.coding.isShifting()) {
                styles.invalidateAll();
            }
            queueRestyle();
        });
        vocabulary.addListener((obs, old, now) -> {
            highlighter = Highlighter.of(now.themes());
            styles.invalidateAll();
            queueRestyle();
        });
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                markAt(area.hit(e.getX(), e.getY()).getInsertionIndex()).ifPresent(m -> onSeek.accept(m.offset()));
            }
        });
        load(vm.transcript.get());
    }

    VirtualizedScrollPane<InlineCssTextArea> node() {
        return pane;
    }

    InlineCssTextArea area() {
        return area;
    }

    void setOnSeek(Consumer<Duration> onSeek) {
        this.onSeek = onSeek;
    }

    IndexRange selection() {
        return area.getSelection();
    }

    int caret() {
        return area.getCaretPosition();
    }

    /** Types {@code text} at the caret, replacing the selection, as if the user had. */
    void insertAtCaret(String text) {
        if (area.isEditable()) {
            area.replaceSelection(text);
            area.requestFocus();
        }
    }

    /** Selects [start, end), clamped to the text, and scrolls it into view. */
    void selectRange(int start, int end) {
        int length = area.getLength();
        int from = Math.max(0, Math.min(start, length));
        area.selectRange(from, Math.max(from, Math.min(end, length)));
        area.requestFollowCaret();
        area.requestFocus();
    }

    void select(Segment segment) {
        if (segment.end() <= area.getLength()) {
            area.selectRange(segment.start(), segment.end());
            area.requestFollowCaret();
        }
    }

    /** Selects [start, end), e.g. the text of a review comment; ignored when it is no longer in the text. */
    void select(int start, int end) {
        if (start < end && end <= area.getLength()) {
            area.selectRange(start, end);
            area.requestFollowCaret();
            area.requestFocus();
        }
    }

    /** The style runs on screen, for tests and the fluidity check. */
    StyleRuns applied() {
        return styles.applied();
    }

    /** Restyles now instead of on the next pulse (tests, benchmarks). */
    void restyleNow() {
        restyleQueued = false;
        restyle();
    }

    /** A different text (another interview, or set by code): replace all, forget the undo history. */
    private void load(String loaded) {
        syncing = true;
        try {
            area.replaceText(loaded);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            styles.loaded(loaded.length());
            area.clearStyle(0, loaded.length());
        } finally {
            syncing = false;
        }
        text.setLength(0);
        text.append(loaded);
        marks = Timecode.marks(loaded);
        restyle();
    }

    private void edited(PlainTextChange change) {
        if (syncing) {
            return;
        }
        TextEdit edit = new TextEdit(change.getPosition(), change.getRemoved().length(), change.getInserted().length());
        styles.edited(edit);
        text.replace(edit.position(), edit.removedEnd(), change.getInserted());
        if (text.length() != area.getLength()) {
            // Never expected; if an edit went unreported, the area's own text is the truth.
            text.setLength(0);
            text.append(area.getText());
            styles.loaded(text.length());
            clearStyles = true;
        }
        String now = text.toString();
        syncing = true;
        try {
            vm.transcriptEdited(edit, now);
        } finally {
            syncing = false;
        }
        marks = TimeMarks.edited(marks, now, edit);
        queueRestyle();
    }

    private void queueRestyle() {
        if (!restyleQueued) {
            restyleQueued = true;
            Platform.runLater(() -> {
                if (restyleQueued) {
                    restyleQueued = false;
                    restyle();
                    settleBeforePulse();
                }
            });
        }
    }

    /**
     * Lays the area out now, between the edit and the next pulse, rather than in the pulse's layout
     * pass. Laying out an edited paragraph creates nodes (its new cell, the background shapes of its
     * styles), and nodes created after the pulse's CSS pass leave the scene marked for CSS: JavaFX
     * then runs a second pulse that changes nothing but, having no dirty region, repaints the whole
     * window (measured: one such pulse after nearly every key). Created here, before the pulse, the
     * nodes get their CSS in that pulse and are drawn as a partial repaint. Same layout, same work.
     */
    private void settleBeforePulse() {
        if (area.getScene() != null) {
            area.layout();
        }
    }

    private void restyle() {
        if (clearStyles) {
            clearStyles = false;
            area.clearStyle(0, area.getLength());
        }
        styles.update(area.getLength(), highlighter, vm.segments, marks).ifPresent(change -> area.setStyleSpans(
                change.from(), change.runs().spans(0, change.runs().length())));
    }

    private Optional<Timecode.Mark> markAt(int position) {
        return marks.stream().filter(m -> m.start() <= position && position < m.end()).findFirst();
    }
}
