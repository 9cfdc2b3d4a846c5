package app.caravan.app;

import app.caravan.app.ConsentRequiredException.Use;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * What consent allows an interview to hold, checked on every save in the app layer so that no
 * caller (desktop, CLI, a future sync) can bypass it.
 */
final class ConsentRules {
    private ConsentRules() {
    }

    /**
     * Returns {@code next} as it may be stored, given the consent the vault held before: quotable
     * marks are cleared when this save revokes verbatim-quote consent; anything else that the
     * consent does not allow is refused.
     */
    static Interview enforce(Consent before, Interview next) {
        Consent after = next.consent();
        if (!after.participation() && hasContent(next)) {
            throw new ConsentRequiredException(Use.PARTICIPATION, "Participation consent is not recorded for the"
                    + " interview " + next.id() + "; transcript, segments and notes can only be kept with it"
                    + (before.participation() ? " (to record a withdrawal, use Withdraw)" : ""));
        }
        if (after.verbatimQuotes() || quotable(next) == 0) {
            return next;
        }
        if (!before.verbatimQuotes()) {
            throw new ConsentRequiredException(Use.VERBATIM_QUOTES, "The interviewee of " + next.id()
                    + " has not consented to verbatim quotes; no segment can be marked quotable");
        }
        List<Segment> unmarked = new ArrayList<>(next.segments().size());
        for (Segment s : next.segments()) {
            unmarked.add(s.withQuotable(false));
        }
        return next.toBuilder().segments(unmarked).build();
    }

    static int quotable(Interview interview) {
        int n = 0;
        for (Segment s : interview.segments()) {
            n += s.quotable() ? 1 : 0;
        }
        return n;
    }

    private static boolean hasContent(Interview i) {
        return !i.transcript().isEmpty() || !i.segments().isEmpty() || !i.notes().isEmpty();
    }
}
