package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Segment;
import app.caravan.ui.main.MainWindow;
import java.util.List;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/**
 * The segment table beside the transcript follows segments that typing moved once the typing
 * pauses (not on every key, which would redraw all its rows per keystroke), and at once
 * whenever the table is used, so no command acts on a position that is no longer true.
 */
class SegmentTableFollowsTypingTest extends CaptureTest {
    @Test
    void theTableCatchesUpAfterTypingAndBeforeAnyCommand() {
        vault.open(this, "Timur");
        EditorView editor = fx(() -> vault.app.shell.mainWindow().map(MainWindow::library).orElseThrow().editor());
        interact(() -> editor.tabs.getSelectionModel().select(editor.transcriptTab));
        InlineCssTextArea area = vault.transcript(this);
        waitUntil(() -> CaptureFixture.TRANSCRIPT.equals(textOf("#transcript")));
        SegmentPanel panel = editor.transcript.segments();
        TableView<Segment> table = panel.table;
        List<Segment> before = fx(() -> List.copyOf(table.getItems()));
        assertTrue(before.size() >= 2, "the fixture has coded segments");
        assertEquals(before, fx(() -> List.copyOf(editor.vm.segments)));

        // Typing at the very start moves every segment; the table follows once typing pauses.
        interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        write("Да. ");
        List<Segment> moved = before.stream().map(s -> shifted(s, 4)).toList();
        waitUntil(() -> fx(() -> List.copyOf(editor.vm.segments)).equals(moved));
        waitUntil(() -> fx(() -> List.copyOf(table.getItems())).equals(moved));

        // Right after a key the table may still show the old positions; using it brings it up to date.
        List<Segment> stale = fx(() -> {
            area.insertText(0, "Ну ");
            List<Segment> shown = List.copyOf(table.getItems());
            panel.current();
            return shown;
        });
        List<Segment> now = moved.stream().map(s -> shifted(s, 3)).toList();
        assertNotEquals(now, stale, "between keys the table does not redraw");
        assertEquals(now, fx(() -> List.copyOf(table.getItems())), "a command sees the segments as they are");
        assertEquals(now, fx(() -> List.copyOf(editor.vm.segments)));
    }

    private static Segment shifted(Segment s, int by) {
        return new Segment(s.start() + by, s.end() + by, s.themes(), s.memo(), s.quotable());
    }
}
