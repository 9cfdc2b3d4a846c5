package app.caravan.app;

import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review workflow: draft → submitted → in-review → approved or changes-requested (→
 * submitted again), archived; and comments anchored to transcript ranges. Who may do what is
 * decided here, by the vault's role, not by what the screen shows: a field vault cannot approve
 * or archive ({@link PermissionDeniedException}).
 */
public interface ReviewService {
    /** This vault's role (field unless set otherwise). */
    Role role();

    void setRole(Role role);

    /** The statuses the current role may move the interview to from {@code from}, in workflow order. */
    List<Status> allowedTransitions(Status from);

    /**
     * The statuses the current role may move this interview to, in workflow order. Unlike
     * {@link #allowedTransitions(Status)} it knows where an archived interview returns to (the
     * status it had before archiving). Throws {@link NotFoundException}.
     */
    default List<Status> allowedTransitions(UUID interviewId) {
        throw new UnsupportedOperationException("allowedTransitions(id) is not supported by " + getClass().getName());
    }

    /**
     * Moves the interview to {@code to} and records who and when. Throws
     * {@link PermissionDeniedException} when the role may not, {@link InvalidInputException}
     * when the workflow has no such step from the current status, {@link NotFoundException}.
     */
    Interview transition(UUID interviewId, Status to) throws InvalidInputException;

    /** Every status change of the interview, oldest first. */
    List<StatusChange> statusHistory(UUID interviewId);

    /** The interview's comments in transcript order (detached ones last). */
    List<ReviewComment> comments(UUID interviewId);

    /** Comments the vault holds open, per interview (for the library's badge). */
    Map<UUID, Integer> openCommentCounts();

    /** A comment on transcript range [start, end); {@link InvalidInputException} for an empty body or a bad range. */
    ReviewComment addComment(UUID interviewId, int start, int end, String body) throws InvalidInputException;

    ReviewComment resolve(UUID commentId);

    ReviewComment reopen(UUID commentId);
}
