package app.caravan.ui.fake;

import app.caravan.app.ConsentRequiredException;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.time.Instant;
import java.util.ArrayList;

/** The vault's consent rules and history, as the in-memory vault applies them on every save. */
final class InMemoryConsent {
    private InMemoryConsent() {
    }

    /** Content only with participation; quotes only with verbatim consent (revoking it unmarks them). */
    static Interview enforce(Consent before, Interview next) {
        Consent after = next.consent();
        boolean content = !next.transcript().isEmpty() || !next.segments().isEmpty() || !next.notes().isEmpty();
        if (!after.participation() && content) {
            throw new ConsentRequiredException(ConsentRequiredException.Use.PARTICIPATION, "no participation");
        }
        if (after.verbatimQuotes() || quotable(next) == 0) {
            return next;
        }
        if (!before.verbatimQuotes()) {
            throw new ConsentRequiredException(ConsentRequiredException.Use.VERBATIM_QUOTES, "no verbatim consent");
        }
        return next.toBuilder().segments(next.segments().stream().map(s -> s.withQuotable(false)).toList()).build();
    }

    static int quotable(Interview i) {
        return (int) i.segments().stream().filter(Segment::quotable).count();
    }

    /** A history entry, by the vault's user, whenever a save changed the consent. */
    static void record(InMemoryVault vault, Consent before, Interview saved) {
        if (!before.equals(saved.consent())) {
            vault.consentHistory.computeIfAbsent(saved.id(), k -> new ArrayList<>())
                    .add(new ConsentChange(saved.id(), Instant.now(), vault.userName(), before, saved.consent()));
        }
    }
}
