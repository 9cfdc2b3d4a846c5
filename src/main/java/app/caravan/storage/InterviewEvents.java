package app.caravan.storage;

import app.caravan.domain.Identity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of one vault's interview changes, shared by every store that changes
 * interviews. Listeners are registered once when the session opens, before any write.
 */
public final class InterviewEvents {
    private final List<InterviewListener> listeners = new CopyOnWriteArrayList<>();

    public void add(InterviewListener listener) {
        listeners.add(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    void changed(Connection c, InterviewChange change) throws SQLException {
        for (InterviewListener l : listeners) {
            l.interviewChanged(c, change);
        }
    }

    void identityChanged(Connection c, UUID interviewId, Identity before, Identity after, String actor, Instant at)
            throws SQLException {
        for (InterviewListener l : listeners) {
            l.identityChanged(c, interviewId, before, after, actor, at);
        }
    }

    /**
     * Runs {@code work} — many changes in the caller's one transaction on {@code c} — with the
     * listeners told, so that they can share look-ups between the changes (the search index's term
     * ids) and write their rows in bulk once all changes are made, before the commit.
     */
    <T> T batch(Connection c, SqlWork<T> work) throws SQLException {
        listeners.forEach(InterviewListener::batchStarted);
        try {
            T result = work.run(c);
            for (InterviewListener l : listeners) {
                l.batchCompleted(c);
            }
            return result;
        } finally {
            listeners.forEach(InterviewListener::batchEnded);
        }
    }

    /** Public for the review comment store, which lives beside the interview store. */
    public void commentsChanged(Connection c, UUID interviewId) throws SQLException {
        for (InterviewListener l : listeners) {
            l.commentsChanged(c, interviewId);
        }
    }
}
