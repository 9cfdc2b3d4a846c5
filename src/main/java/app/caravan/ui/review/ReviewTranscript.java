package app.caravan.ui.review;

import app.caravan.domain.Interview;
import app.caravan.domain.Timecode;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.common.WrappedScrollBars;
import app.caravan.ui.editor.Highlighter;
import app.caravan.ui.editor.StyleRuns;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.IndexRange;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * The transcript as the reviewer reads it: read-only, with the coded segments in their theme
 * colours, computed by the editor's {@link Highlighter} so both screens look alike. Text can
 * be selected (to comment it) but not changed.
 */
final class ReviewTranscript {
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> pane = new VirtualizedScrollPane<>(area);
    private final ObservableValue<Vocabulary> vocabulary;
    private Interview shown;

    ReviewTranscript(ObservableValue<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
        area.setId("reviewTranscript");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(UiStyles.TRANSCRIPT_AREA);
        pane.getStyleClass().add(UiStyles.TRANSCRIPT_PANE);
        WrappedScrollBars.install(pane);
        vocabulary.addListener((obs, old, now) -> highlight());
    }

    VirtualizedScrollPane<InlineCssTextArea> node() {
        return pane;
    }

    InlineCssTextArea area() {
        return area;
    }

    void show(Interview interview) {
        boolean same = shown != null && interview != null && shown.id().equals(interview.id())
                && shown.transcript().equals(interview.transcript());
        shown = interview;
        if (!same) {
            area.replaceText(interview == null ? "" : interview.transcript());
            area.moveTo(0);
        }
        highlight();
    }

    IndexRange selection() {
        return area.getSelection();
    }

    /** Selects [start, end) and scrolls it into view; ignored when the range is no longer in the text. */
    void select(int start, int end) {
        if (start < end && end <= area.getLength()) {
            area.selectRange(start, end);
            area.requestFollowCaret();
            area.requestFocus();
        }
    }

    private void highlight() {
        if (shown == null || area.getLength() == 0) {
            return;
        }
        String text = area.getText();
        StyleRuns runs = Highlighter.of(vocabulary.getValue().themes())
                .compute(text.length(), shown.segments(), Timecode.marks(text));
        area.setStyleSpans(0, runs.spans(0, text.length()));
    }
}
