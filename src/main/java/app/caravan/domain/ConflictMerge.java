package app.caravan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The version stored when the editor resolves a sync conflict by merging the transcripts: the
 * desk version's metadata with the merged transcript, and the coded segments of BOTH sides moved
 * onto the words they quoted (by {@link Anchors}, as review comments are). A segment whose words
 * are no longer in the merged text is dropped; two segments landing on the same words become one
 * with the themes of both.
 */
public final class ConflictMerge {
    private ConflictMerge() {
    }

    /** The interview to store and how many segments could not be placed in the merged text. */
    public record Resolution(Interview interview, int dropped) {
    }

    public static Resolution resolve(Interview desk, Interview incoming, String transcript, long revision,
            Instant at) {
        Map<List<Integer>, Segment> byRange = new LinkedHashMap<>();
        // The desk's consent is kept, so only it can allow a quotable mark.
        boolean quotes = desk.consent().verbatimQuotes();
        int dropped = place(desk, transcript, quotes, byRange) + place(incoming, transcript, quotes, byRange);
        List<Segment> segments = new ArrayList<>(byRange.values());
        segments.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
        Interview merged = desk.toBuilder().transcript(transcript).segments(segments).revision(revision)
                .updatedAt(at).build();
        return new Resolution(merged, dropped);
    }

    private static int place(Interview side, String transcript, boolean quotes, Map<List<Integer>, Segment> byRange) {
        int dropped = 0;
        String old = side.transcript();
        for (Segment s : side.segments()) {
            Anchors.Anchor a = Anchors.reanchor(old, transcript, s.start(), s.end(), old.substring(s.start(), s.end()));
            if (a.detached() || a.end() <= a.start()) {
                dropped++;
                continue;
            }
            Segment moved = new Segment(a.start(), a.end(), s.themes(), s.memo(), quotes && s.quotable());
            byRange.merge(List.of(a.start(), a.end()), moved, ConflictMerge::combine);
        }
        return dropped;
    }

    /** The desk's segment (met first) keeps its memo and quotable mark; the themes are the union. */
    private static Segment combine(Segment desk, Segment incoming) {
        LinkedHashSet<String> themes = new LinkedHashSet<>(desk.themes());
        themes.addAll(incoming.themes());
        String memo = desk.memo().isEmpty() ? incoming.memo() : desk.memo();
        return new Segment(desk.start(), desk.end(), List.copyOf(themes), memo, desk.quotable());
    }
}
