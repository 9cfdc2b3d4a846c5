package app.caravan.ui.review;

import app.caravan.app.VaultSession;
import app.caravan.domain.AuditEntry;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.util.List;
import java.util.UUID;

/** Everything the review view shows of one interview, read in one background step. */
public record ReviewSnapshot(Interview interview, Role role, List<Status> allowed, List<StatusChange> history,
        List<ReviewComment> comments, List<AuditEntry> audit) {

    public ReviewSnapshot {
        allowed = List.copyOf(allowed);
        history = List.copyOf(history);
        comments = List.copyOf(comments);
        audit = List.copyOf(audit);
    }

    /** Reads the snapshot; call off the FX thread. */
    public static ReviewSnapshot load(VaultSession session, UUID id) {
        Interview interview = session.interviews().get(id);
        var review = session.review();
        return new ReviewSnapshot(interview, review.role(), review.allowedTransitions(interview.status()),
                review.statusHistory(id), review.comments(id), session.audit().forInterview(id));
    }
}
