package app.caravan.app;

import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import java.util.List;
import java.util.UUID;

/** Recording and editing interviews. Every call is one durable transaction. */
public interface InterviewService {
    /** All interviews, newest first; no identities, no transcripts. */
    List<InterviewSummary> list();

    /** The full interview (without identity); throws {@link NotFoundException} when absent. */
    Interview get(UUID id);

    /** A new draft, saved, with the vault's default interviewer and nothing consented. */
    Interview create(String pseudonym);

    /**
     * Saves {@code interview}, which must carry the revision it was loaded with. Returns the
     * stored version (revision + 1, new updatedAt). Throws {@link ConflictException} when
     * someone saved in between.
     */
    Interview save(Interview interview);

    /** The identity, for an explicit "reveal" only. */
    Identity identity(UUID interviewId);

    void saveIdentity(UUID interviewId, Identity identity);

    void delete(UUID id);
}
