package app.caravan.app;

import app.caravan.domain.ConsentChange;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Tombstone;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Recording and editing interviews. Every call is one durable transaction.
 *
 * <p>Consent comes first, and the save path enforces it whatever the caller checked: transcript,
 * segments and notes may only be non-empty while participation consent is recorded, and a
 * segment may be quotable only with verbatim-quote consent ({@link ConsentRequiredException}).
 * A save that revokes verbatim-quote consent clears the quotable marks itself (see
 * {@link #saveWithReport}). Every save that changes the consent adds an entry to the consent
 * history, in the same transaction, naming the vault's user.
 *
 * <p>The methods added for field capture have default implementations that throw
 * {@link UnsupportedOperationException}, so that test doubles written before them still
 * compile; the vault's own implementation provides all of them.
 */
public interface InterviewService {
    /** All interviews, newest first; no identities, no transcripts. */
    List<InterviewSummary> list();

    /**
     * The {@code limit} newest summaries, fast even in a vault of 100,000 interviews: the
     * library shows them at once and fills in the rest from {@link #list()}.
     */
    default List<InterviewSummary> newest(int limit) {
        List<InterviewSummary> all = list();
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** The full interview (without identity); throws {@link NotFoundException} when absent. */
    Interview get(UUID id);

    /** A new draft, saved, with the vault's default interviewer and nothing consented. */
    Interview create(String pseudonym);

    /**
     * Saves {@code interview}, which must carry the revision it was loaded with. Returns the
     * stored version (revision + 1, new updatedAt). Throws {@link ConflictException} when
     * someone saved in between, {@link ConsentRequiredException} when the content needs a
     * consent that is not given.
     *
     * <p>A save never changes the review status: the stored status wins, silently, whatever
     * {@code interview.status()} says. Status changes go through {@link ReviewService#transition},
     * which checks the workflow and the vault's role; so an editor's autosave racing a review step
     * (or a field vault's editor) cannot undo or skip it. The returned interview carries the
     * stored status.
     */
    Interview save(Interview interview);

    /** The identity, for an explicit "reveal" only. */
    Identity identity(UUID interviewId);

    void saveIdentity(UUID interviewId, Identity identity);

    void delete(UUID id);

    /**
     * Like {@link #save}, and also reports how many quotable marks the save removed because it
     * revokes verbatim-quote consent (the editor says so: "3 quotes are no longer marked").
     */
    default SaveResult saveWithReport(Interview interview) {
        throw new UnsupportedOperationException("saveWithReport is not supported by " + getClass().getName());
    }

    /** Every consent change of the interview, oldest first. */
    default List<ConsentChange> consentHistory(UUID id) {
        throw new UnsupportedOperationException("consentHistory is not supported by " + getClass().getName());
    }

    /**
     * Records that the interviewee withdrew consent at {@code at}: one save, recorded in the
     * consent history. From then on the interview is left out of every later export and sync
     * (which carry a withdrawal record instead); the lossless JSON backup still contains it.
     * An interview that is already withdrawn is returned unchanged, keeping its first date.
     */
    default Interview withdraw(UUID id, OffsetDateTime at) {
        throw new UnsupportedOperationException("withdraw is not supported by " + getClass().getName());
    }

    /**
     * Erases a withdrawn interview: transcript, segments, notes, attachments, identity, consent
     * history, everything, in one transaction, keeping only a {@link Tombstone} (id and dates).
     * Throws {@link IllegalStateException} when the interview is not withdrawn; purging an
     * already purged interview returns its tombstone.
     */
    default Tombstone purge(UUID id) {
        throw new UnsupportedOperationException("purge is not supported by " + getClass().getName());
    }

    /** The tombstones of purged interviews, oldest purge first: what a sync must tell the desk to delete. */
    default List<Tombstone> tombstones() {
        throw new UnsupportedOperationException("tombstones is not supported by " + getClass().getName());
    }
}
