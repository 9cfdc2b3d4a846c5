package app.caravan.storage;

import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Review status steps, status history, comments and the vault's role. Each public method is one
 * transaction, and writes its audit entries in it.
 */
public final class ReviewStore {
    private static final String ROLE = "review.role";
    private final Vault vault;
    private final InterviewStore interviews;
    private final InterviewEvents events;
    private final AuditLog audit;

    public ReviewStore(Vault vault, InterviewStore interviews, InterviewEvents events, AuditLog audit) {
        this.vault = vault;
        this.interviews = interviews;
        this.events = events;
        this.audit = audit;
    }

    /**
     * One guarded update (revision check, listeners: history row, audit entries) whose
     * {@code prepare} sees the stored status and the status before the last archiving (if any);
     * it returns what to store, or throws to abort.
     */
    public InterviewStore.Update transition(UUID id, long expectedRevision,
            BiFunction<Status, Optional<Status>, Interview> prepare, String actor, Instant at) {
        return vault.write("changing the review status of an interview", c -> {
            Optional<Status> beforeArchive = ReviewRows.beforeArchive(c, id);
            return interviews.update(c, id, expectedRevision, stored -> prepare.apply(stored.status(), beforeArchive),
                    actor, at);
        });
    }

    public Optional<Status> beforeArchive(UUID interviewId) {
        return vault.read("reading the status history", c -> ReviewRows.beforeArchive(c, interviewId));
    }

    public List<StatusChange> statusHistory(UUID interviewId) {
        return vault.read("reading the status history", c -> ReviewRows.statusHistory(c, interviewId));
    }

    public List<ReviewComment> comments(UUID interviewId) {
        return vault.read("reading review comments", c -> ReviewRows.comments(c, interviewId));
    }

    public Optional<ReviewComment> comment(UUID commentId) {
        return vault.read("reading a review comment", c -> ReviewRows.comment(c, commentId));
    }

    public Map<UUID, Integer> openCommentCounts() {
        return vault.read("counting open review comments", c -> {
            Map<UUID, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT interview_id, COUNT(*) FROM review_comment"
                    + " WHERE resolved_at IS NULL GROUP BY interview_id ORDER BY interview_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** What {@link #addComment} found; {@code transcriptLength} is -1 when the interview is missing. */
    public record Added(ReviewComment comment, int transcriptLength) {
    }

    /**
     * Adds a comment on [start, end) of the STORED transcript, quoting what it covers, in one
     * transaction with its audit entry. Null comment when the interview is missing or the range
     * does not fit; nothing is written then.
     */
    public Added addComment(UUID id, UUID interviewId, int start, int end, String body, String author, Instant at) {
        return vault.write("adding a review comment", c -> {
            String transcript;
            try (PreparedStatement s = c.prepareStatement("SELECT transcript FROM interview WHERE id = ?")) {
                s.setObject(1, interviewId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return new Added(null, -1);
                    }
                    transcript = rs.getString(1) == null ? "" : rs.getString(1);
                }
            }
            if (start < 0 || end <= start || end > transcript.length()) {
                return new Added(null, transcript.length());
            }
            ReviewComment comment = new ReviewComment(id, interviewId, start, end, transcript.substring(start, end),
                    body, author, at, null, null, false);
            ReviewRows.insertComment(c, comment);
            audit.append(c, at, author, interviewId, "comment " + id, null,
                    "open " + audit.keyed(c, interviewId, body));
            events.commentsChanged(c, interviewId);
            return new Added(ReviewRows.comment(c, id).orElseThrow(), transcript.length());
        });
    }

    /** Resolves or reopens a comment, by {@code actor}; empty when there is no such comment. */
    public Optional<ReviewComment> setResolved(UUID commentId, boolean resolved, String actor, Instant at) {
        return vault.write(resolved ? "resolving a review comment" : "reopening a review comment", c -> {
            Optional<ReviewComment> found = ReviewRows.comment(c, commentId);
            if (found.isEmpty() || found.get().isOpen() != resolved) {
                return found;
            }
            ReviewComment before = found.get();
            ReviewRows.updateResolution(c, commentId, resolved ? at : null, resolved ? actor : null);
            audit.append(c, at, actor, before.interviewId(), "comment " + commentId, resolved ? "open" : "resolved",
                    resolved ? "resolved" : "open");
            events.commentsChanged(c, before.interviewId());
            return ReviewRows.comment(c, commentId);
        });
    }

    public Optional<String> role() {
        return vault.read("reading the vault's role", c -> SettingsStore.get(c, ROLE));
    }

    /** Stores the role with an audit entry (who switched this vault to desk, and when) in one transaction. */
    public void setRole(String role, String defaultRole, String actor, Instant at) {
        vault.write("saving the vault's role", c -> {
            String previous = SettingsStore.get(c, ROLE).orElse(defaultRole);
            SettingsStore.put(c, ROLE, role);
            if (!role.equals(previous)) {
                audit.append(c, at, actor, null, "role", previous, role);
            }
            return null;
        });
    }
}
