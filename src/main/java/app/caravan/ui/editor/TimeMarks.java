package app.caravan.ui.editor;

import app.caravan.domain.Timecode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code [hh:mm:ss]} marks of a transcript, kept up to date edit by edit: a mark never
 * spans a line break, so only the lines an edit touched are searched again and the marks after
 * them move by the edit's length. Scanning all of a 200 KB transcript on every keystroke would
 * cost more than everything else a keystroke does.
 */
final class TimeMarks {
    private TimeMarks() {
    }

    static List<Timecode.Mark> edited(List<Timecode.Mark> marks, String text, TextEdit edit) {
        int from = text.lastIndexOf('\n', edit.position() - 1) + 1;
        int lineEnd = text.indexOf('\n', edit.position() + edit.inserted());
        int to = lineEnd < 0 ? text.length() : lineEnd;
        int oldTo = to - edit.delta();
        List<Timecode.Mark> out = new ArrayList<>(marks.size() + 1);
        for (Timecode.Mark m : marks) {
            if (m.end() <= from) {
                out.add(m);
            }
        }
        for (Timecode.Mark m : Timecode.marks(text.substring(from, to))) {
            out.add(new Timecode.Mark(m.start() + from, m.end() + from, m.offset()));
        }
        for (Timecode.Mark m : marks) {
            if (m.start() >= oldTo) {
                out.add(new Timecode.Mark(m.start() + edit.delta(), m.end() + edit.delta(), m.offset()));
            }
        }
        return out;
    }
}
