package app.caravan.ui.review;

import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A button of the review status bar: the step to {@code to}, its label key, and whether it asks
 * first (steps that end a review or take the interview out of the work).
 */
public record ReviewAction(Status to, String labelKey, boolean confirm) {

    /**
     * The actions for an interview in {@code from}, out of the steps the service allows. An
     * archived interview can only go back to where it was before it was archived.
     */
    public static List<ReviewAction> offered(Status from, List<Status> allowed, List<StatusChange> history) {
        List<ReviewAction> actions = new ArrayList<>();
        if (from == Status.ARCHIVED) {
            Status before = beforeArchive(history);
            if (allowed.contains(before)) {
                actions.add(new ReviewAction(before, "review.action.unarchive", false));
            }
            return actions;
        }
        for (Status to : allowed) {
            switch (to) {
                case SUBMITTED -> actions.add(new ReviewAction(to, "review.action.submit", false));
                case IN_REVIEW -> actions.add(new ReviewAction(to, "review.action.startReview", false));
                case CHANGES_REQUESTED -> actions.add(new ReviewAction(to, "review.action.requestChanges", true));
                case APPROVED -> actions.add(new ReviewAction(to, "review.action.approve", true));
                case ARCHIVED -> actions.add(new ReviewAction(to, "review.action.archive", true));
                default -> { }
            }
        }
        return actions;
    }

    static Status beforeArchive(List<StatusChange> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == Status.ARCHIVED) {
                return history.get(i).from();
            }
        }
        return Status.DRAFT;
    }

    /** The id of its button, e.g. {@code action-approved}. */
    public String id() {
        return "action-" + to.key();
    }
}
