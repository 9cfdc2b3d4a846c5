package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ui.common.WrappedScrollBars;
import app.caravan.ui.main.MainWindow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/**
 * Typing in the transcript leaves nothing behind that makes JavaFX repaint the whole window in an
 * extra pulse: the scroll bars' visibility is not re-evaluated per key (Flowless would re-request
 * the pane's layout each time), and the edited paragraph is laid out before the pulse, not during
 * it. The vertical bar still appears exactly when the text is taller than the pane.
 */
class TranscriptRepaintTest extends CaptureTest {
    @Test
    void typingLeavesTheScrollBarsAndTheLayoutAlone() throws Exception {
        vault.open(this, "Timur");
        EditorView editor = fx(() -> vault.app.shell.mainWindow().map(MainWindow::library).orElseThrow().editor());
        interact(() -> editor.tabs.getSelectionModel().select(editor.transcriptTab));
        InlineCssTextArea area = vault.transcript(this);
        waitUntil(() -> CaptureFixture.TRANSCRIPT.equals(textOf("#transcript")));
        VirtualizedScrollPane<InlineCssTextArea> pane = editor.transcript.area().node();
        ScrollBar vbar = fx(() -> bar(pane, Orientation.VERTICAL));
        ScrollBar hbar = fx(() -> bar(pane, Orientation.HORIZONTAL));

        assertEquals(ScrollBarPolicy.NEVER, fx(pane::getHbarPolicy), "wrapped text never scrolls sideways");
        waitUntil(() -> fx(() -> vbar.isVisible() == WrappedScrollBars.needsVertical(area, pane)));
        interact(() -> {
            area.insertText(area.getLength(), "\nДолгая дорога. ".repeat(400));
            area.requestFocus();
            area.moveTo(area.getLength() / 2);
        });
        waitUntil(() -> fx(vbar::isVisible));
        assertEquals(ScrollBarPolicy.ALWAYS, fx(pane::getVbarPolicy));

        AtomicInteger invalidated = new AtomicInteger();
        interact(() -> {
            vbar.visibleProperty().addListener(obs -> invalidated.incrementAndGet());
            hbar.visibleProperty().addListener(obs -> invalidated.incrementAndGet());
        });
        for (int k = 0; k < 20; k++) {
            CompletableFuture<Boolean> laidOutBeforePulse = new CompletableFuture<>();
            Platform.runLater(() -> {
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, "ж", "", KeyCode.UNDEFINED, false, false,
                        false, false));
                // Queued behind the edit's restyle, which lays the area out before any pulse does.
                Platform.runLater(() -> laidOutBeforePulse.complete(!area.isNeedsLayout()));
            });
            assertTrue(laidOutBeforePulse.get(10, TimeUnit.SECONDS), "key " + k + ": the area still needs layout");
        }
        assertEquals(0, invalidated.get(), "typing re-evaluated the scroll bars' visibility");
        assertTrue(fx(vbar::isVisible));
        assertFalse(fx(hbar::isVisible));
    }

    private static ScrollBar bar(VirtualizedScrollPane<?> pane, Orientation orientation) {
        return pane.getChildrenUnmodifiable().stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == orientation).findFirst().orElseThrow();
    }
}
