package app.caravan.storage;

import app.caravan.domain.Anchors;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.StatusChange;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the review tables in step with interview changes, inside the change's transaction: a
 * status change gets its history row, and a transcript edit re-anchors the interview's comments
 * (see {@link Anchors}) so they stay on the words they were about, or are marked detached.
 */
public final class ReviewListener implements InterviewListener {
    private final InterviewEvents events;

    public ReviewListener(InterviewEvents events) {
        this.events = events;
    }

    @Override
    public void interviewChanged(Connection c, InterviewChange change) throws SQLException {
        if (change.kind() != InterviewChange.Kind.UPDATED) {
            return;
        }
        if (change.before().status() != change.after().status()) {
            ReviewRows.insertStatusChange(c, new StatusChange(change.id(), change.before().status(),
                    change.after().status(), change.actor(), change.at()));
        }
        String before = change.before().transcript();
        String after = change.after().transcript();
        if (before.equals(after)) {
            return;
        }
        boolean moved = false;
        for (ReviewComment comment : ReviewRows.comments(c, change.id())) {
            if (comment.detached()) {
                continue;
            }
            Anchors.Anchor anchor = comment.end() <= before.length()
                    ? Anchors.reanchor(before, after, comment.start(), comment.end(), comment.quote())
                    : new Anchors.Anchor(after.length(), after.length(), true);
            if (anchor.start() != comment.start() || anchor.end() != comment.end() || anchor.detached()) {
                ReviewRows.updateAnchor(c, comment.id(), anchor.start(), anchor.end(), anchor.detached());
                moved = true;
            }
        }
        if (moved) {
            events.commentsChanged(c, change.id());
        }
    }
}
