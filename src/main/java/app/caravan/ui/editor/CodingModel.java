package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import app.caravan.ui.common.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Coding of the transcript: segments created from a selection with one or more themes, memos,
 * quotable marks, and keeping them on their words while the text is edited. Works on the
 * editor's segment list; runs without a JavaFX toolkit.
 */
public final class CodingModel {
    private static final Comparator<Segment> ORDER = Comparator.comparingInt(Segment::start)
            .thenComparingInt(Segment::end);

    private final ObservableList<Segment> segments;
    private final IntSupplier transcriptLength;
    private final BooleanSupplier contentAllowed;
    private final BooleanSupplier quotesAllowed;
    private final I18n i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean shifting;

    CodingModel(ObservableList<Segment> segments, IntSupplier transcriptLength, BooleanSupplier contentAllowed,
            BooleanSupplier quotesAllowed, I18n i18n) {
        this.segments = segments;
        this.transcriptLength = transcriptLength;
        this.contentAllowed = contentAllowed;
        this.quotesAllowed = quotesAllowed;
        this.i18n = i18n;
    }

    /** What happened to the coding on its own or why a command did nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void clearMessage() {
        message.set("");
    }

    /**
     * Codes {@code [start, end)} with {@code themeKeys}. Coding the exact span of an existing
     * segment adds the themes to it, so pressing Ctrl+1 then Ctrl+3 gives one segment with two
     * themes. Returns the problem, if any.
     */
    public Optional<String> code(int start, int end, List<String> themeKeys, String memo) {
        Optional<String> problem = check(start, end);
        if (problem.isEmpty() && themeKeys.isEmpty()) {
            problem = Optional.of(i18n.get("editor.coding.chooseTheme"));
        }
        if (problem.isPresent()) {
            message.set(problem.get());
            return problem;
        }
        Optional<Segment> same = exactly(start, end);
        if (same.isPresent()) {
            Segment s = same.get();
            LinkedHashSet<String> themes = new LinkedHashSet<>(s.themes());
            themes.addAll(themeKeys);
            String mergedMemo = memo == null || memo.isBlank() ? s.memo() : memo;
            replace(s, new Segment(start, end, List.copyOf(themes), mergedMemo, s.quotable()));
        } else {
            List<Segment> next = new ArrayList<>(segments);
            next.add(new Segment(start, end, themeKeys, memo));
            next.sort(ORDER);
            segments.setAll(next);
        }
        message.set("");
        return Optional.empty();
    }

    /**
     * Ctrl+1…9: the selection gets the theme, or loses it if its segment already had it (the
     * segment goes when its last theme does).
     */
    public Optional<String> toggle(int start, int end, String themeKey) {
        Optional<Segment> same = exactly(start, end);
        if (same.isPresent() && same.get().themes().contains(themeKey)) {
            Segment s = same.get();
            List<String> rest = s.themes().stream().filter(k -> !k.equals(themeKey)).toList();
            if (rest.isEmpty()) {
                segments.remove(s);
            } else {
                replace(s, new Segment(s.start(), s.end(), rest, s.memo(), s.quotable()));
            }
            message.set("");
            return Optional.empty();
        }
        return code(start, end, List.of(themeKey), "");
    }

    /** The segment the caret is in; the shortest one when codings overlap there. */
    public Optional<Segment> at(int position) {
        return segments.stream().filter(s -> s.start() <= position && position < s.end())
                .min(Comparator.comparingInt(Segment::length));
    }

    public void remove(Segment segment) {
        segments.remove(segment);
    }

    public void setMemo(Segment segment, String memo) {
        replace(segment, new Segment(segment.start(), segment.end(), segment.themes(), memo, segment.quotable()));
    }

    /** Marks or unmarks a quote; refused (with the reason) without verbatim-quote consent. */
    public Optional<String> setQuotable(Segment segment, boolean quotable) {
        if (quotable && !quotesAllowed.getAsBoolean()) {
            String problem = i18n.get("editor.coding.quotesNeedConsent");
            message.set(problem);
            return Optional.of(problem);
        }
        replace(segment, segment.withQuotable(quotable));
        return Optional.empty();
    }

    /** Verbatim-quote consent was revoked: no segment may stay quotable. Returns how many lost it. */
    public int unmarkQuotes() {
        int count = 0;
        List<Segment> next = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            count += s.quotable() ? 1 : 0;
            next.add(s.quotable() ? s.withQuotable(false) : s);
        }
        if (count > 0) {
            segments.setAll(next);
        }
        return count;
    }

    /** Moves the segments along with one edit of the transcript and says when coding was lost. */
    void shift(TextEdit edit) {
        if (segments.isEmpty()) {
            return;
        }
        SegmentShifter.Result result = SegmentShifter.apply(segments, edit);
        if (!result.segments().equals(segments)) {
            shifting = true;
            try {
                segments.setAll(result.segments());
            } finally {
                shifting = false;
            }
        }
        if (result.changedCoding()) {
            message.set(i18n.format("editor.coding.adjusted", result.clamped(), result.removed()));
        }
    }

    /**
     * True while the segments change only because the text was edited (they moved with it, or lost
     * text): listeners that can follow an edit on their own, or later, need not react at once.
     */
    boolean isShifting() {
        return shifting;
    }

    private Optional<String> check(int start, int end) {
        if (!contentAllowed.getAsBoolean()) {
            return Optional.of(i18n.get("editor.gate.coding"));
        }
        if (end <= start || start < 0 || end > transcriptLength.getAsInt()) {
            return Optional.of(i18n.get("editor.coding.selectFirst"));
        }
        return Optional.empty();
    }

    private Optional<Segment> exactly(int start, int end) {
        return segments.stream().filter(s -> s.start() == start && s.end() == end).findFirst();
    }

    private void replace(Segment old, Segment next) {
        int index = segments.indexOf(old);
        if (index >= 0) {
            segments.set(index, next);
        }
    }
}
