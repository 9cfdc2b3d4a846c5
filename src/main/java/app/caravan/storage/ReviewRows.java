package app.caravan.storage;

import app.caravan.domain.ReviewComment;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row mapping for {@code review_comment} and {@code status_change}. */
final class ReviewRows {
    private static final String COMMENT_COLUMNS = "id, interview_id, start_offset, end_offset, quote, body, author,"
            + " created_at, resolved_at, resolved_by, detached";

    private ReviewRows() {
    }

    static void insertStatusChange(Connection c, StatusChange change) throws SQLException {
        // The id is taken explicitly, like consent_history's: H2 identity values proved not to be
        // durable across a kill -9 together with the rows of the same committed transaction.
        try (PreparedStatement s = c.prepareStatement("INSERT INTO status_change (id, interview_id, from_status,"
                + " to_status, changed_by, changed_at) VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM status_change),"
                + " ?, ?, ?, ?, ?)")) {
            s.setObject(1, change.interviewId());
            s.setString(2, change.from().key());
            s.setString(3, change.to().key());
            s.setString(4, change.changedBy());
            s.setObject(5, utc(change.changedAt()));
            s.executeUpdate();
        }
    }

    /** Oldest first. */
    static List<StatusChange> statusHistory(Connection c, UUID interviewId) throws SQLException {
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT from_status, to_status, changed_by, changed_at"
                + " FROM status_change WHERE interview_id = ? ORDER BY id")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatusChange(interviewId, Status.fromKey(rs.getString(1)),
                            Status.fromKey(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }

    /** The status the interview had when it was last archived; empty when no archiving is recorded. */
    static Optional<Status> beforeArchive(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT from_status FROM status_change"
                + " WHERE interview_id = ? AND to_status = ? ORDER BY id DESC LIMIT 1")) {
            s.setObject(1, interviewId);
            s.setString(2, Status.ARCHIVED.key());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Status.fromKey(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static void insertComment(Connection c, ReviewComment comment) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_comment (" + COMMENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, comment.id());
            s.setObject(2, comment.interviewId());
            s.setInt(3, comment.start());
            s.setInt(4, comment.end());
            s.setString(5, comment.quote());
            s.setString(6, comment.body());
            s.setString(7, comment.author());
            s.setObject(8, utc(comment.createdAt()));
            s.setObject(9, comment.resolvedAt() == null ? null : utc(comment.resolvedAt()));
            s.setString(10, comment.resolvedBy());
            s.setBoolean(11, comment.detached());
            s.executeUpdate();
        }
    }

    static void updateResolution(Connection c, UUID commentId, Instant resolvedAt, String resolvedBy)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE review_comment SET resolved_at = ?, resolved_by = ? WHERE id = ?")) {
            s.setObject(1, resolvedAt == null ? null : utc(resolvedAt));
            s.setString(2, resolvedBy);
            s.setObject(3, commentId);
            s.executeUpdate();
        }
    }

    static void updateAnchor(Connection c, UUID commentId, int start, int end, boolean detached) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE review_comment SET start_offset = ?, end_offset = ?, detached = ? WHERE id = ?")) {
            s.setInt(1, start);
            s.setInt(2, end);
            s.setBoolean(3, detached);
            s.setObject(4, commentId);
            s.executeUpdate();
        }
    }

    static Optional<ReviewComment> comment(Connection c, UUID commentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM review_comment WHERE id = ?")) {
            s.setObject(1, commentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(comment(rs)) : Optional.empty();
            }
        }
    }

    /** Every comment of the vault, by interview; for building bundles without a query per interview. */
    static List<ReviewComment> allComments(Connection c) throws SQLException {
        List<ReviewComment> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM review_comment"
                + " ORDER BY interview_id, id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(comment(rs));
            }
        }
        return out;
    }

    /** In transcript order, detached ones last. */
    static List<ReviewComment> comments(Connection c, UUID interviewId) throws SQLException {
        List<ReviewComment> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM review_comment"
                + " WHERE interview_id = ? ORDER BY detached, start_offset, end_offset, created_at, id")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(comment(rs));
                }
            }
        }
        return out;
    }

    private static ReviewComment comment(ResultSet rs) throws SQLException {
        OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
        return new ReviewComment(rs.getObject("id", UUID.class), rs.getObject("interview_id", UUID.class),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"), rs.getString("body"),
                rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("resolved_by"),
                rs.getBoolean("detached"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
