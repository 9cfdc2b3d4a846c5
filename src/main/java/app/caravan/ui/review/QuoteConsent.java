package app.caravan.ui.review;

import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.util.List;

/**
 * Segments marked quotable although the interviewee has not given (or has withdrawn) consent to
 * verbatim quotes: an imported interview or a withdrawal can leave them, and a reviewer must
 * not pass them on as quotable.
 */
public final class QuoteConsent {
    private QuoteConsent() {
    }

    public static List<Segment> unconsentedQuotes(Interview interview) {
        if (interview.consent().verbatimQuotes() && !interview.consent().isWithdrawn()) {
            return List.of();
        }
        return interview.segments().stream().filter(Segment::quotable).toList();
    }

    /** A short excerpt of the segment's text, for the warning. */
    public static String excerpt(Interview interview, Segment segment, int max) {
        String text = interview.transcript().substring(segment.start(), segment.end()).strip().replaceAll("\\s+", " ");
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
