package app.caravan.storage;

import app.caravan.domain.Identity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Told of every change to an interview INSIDE the transaction that makes it, on that
 * transaction's connection: what a listener writes (a search index, an audit entry) commits or
 * rolls back together with the change, and a listener that throws aborts the change. So a
 * derived table can never disagree with the interviews it was derived from.
 */
public interface InterviewListener {
    void interviewChanged(Connection c, InterviewChange change) throws SQLException;

    /** The identity was replaced ({@code before} is {@link Identity#EMPTY}-like when there was none). */
    default void identityChanged(Connection c, UUID interviewId, Identity before, Identity after, String actor,
            Instant at) throws SQLException {
    }

    /** Review comments of the interview were added, edited, resolved or deleted. */
    default void commentsChanged(Connection c, UUID interviewId) throws SQLException {
    }

    /**
     * Many changes follow inside one transaction (a bundle import): a listener may keep what it
     * looked up until {@link #batchEnded}, which comes before that transaction ends, either way.
     */
    default void batchStarted() {
    }

    /**
     * The batch's changes all succeeded and its transaction commits next: a listener writes what
     * it held back, on {@code c}, so that it commits (or, should this fail, rolls back) with them.
     * Not called when the batch fails.
     */
    default void batchCompleted(Connection c) throws SQLException {
    }

    default void batchEnded() {
    }
}
