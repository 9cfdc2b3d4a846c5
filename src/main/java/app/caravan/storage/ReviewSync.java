package app.caravan.storage;

import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Review states travelling between field and desk (bundle-format.md, "review.json"): reading
 * them in bulk for a bundle, remembering what the other side already has, and applying what it
 * sent inside an import transaction.
 */
public final class ReviewSync {
    /** The peer of a field vault: the desk as a whole, whichever editor's vault imports. */
    public static final String DESK_PEER = "desk";

    private final Vault vault;
    private final InterviewEvents events;
    private final AuditLog audit;

    public ReviewSync(Vault vault, InterviewEvents events, AuditLog audit) {
        this.vault = vault;
        this.events = events;
        this.audit = audit;
    }

    /** A field device this desk can answer: where to seal to, and how far its bundles are imported and acknowledged. */
    public record ReplyTarget(UUID deviceId, String replyTo, long importedSeq, long ackedSeq) {
    }

    /** The review states of these interviews, those that still exist; three queries whatever their number. */
    public Map<UUID, ReviewState> states(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return vault.read("reading review states for a bundle", c -> {
            Map<UUID, Object[]> base = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, status, created_at FROM interview ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (wanted.contains(id)) {
                        base.put(id, new Object[] {Status.fromKey(rs.getString(2)),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), ""});
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT interview_id, changed_at, changed_by FROM status_change ORDER BY interview_id, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object[] row = base.get(rs.getObject(1, UUID.class));
                    if (row != null) {
                        row[1] = rs.getObject(2, OffsetDateTime.class).toInstant();
                        row[2] = rs.getString(3);
                    }
                }
            }
            Map<UUID, List<ReviewComment>> comments = new HashMap<>();
            for (UUID id : base.keySet()) {
                comments.put(id, new ArrayList<>());
            }
            for (ReviewComment comment : ReviewRows.allComments(c)) {
                List<ReviewComment> list = comments.get(comment.interviewId());
                if (list != null) {
                    list.add(comment);
                }
            }
            Map<UUID, ReviewState> out = new LinkedHashMap<>();
            base.forEach((id, row) -> out.put(id, new ReviewState(id, (Status) row[0], (Instant) row[1],
                    (String) row[2], comments.get(id))));
            return out;
        });
    }

    /** interview id → stamp of the review state {@code peer} is known to have. */
    public Map<UUID, String> shared(String peer) {
        return vault.read("reading which review states were shared", c -> {
            Map<UUID, String> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT interview_id, stamp FROM review_shared WHERE peer = ?")) {
                s.setString(1, peer);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Records that {@code peer} now has these review states (after they were sealed into a queued bundle). */
    public void share(Collection<ReviewState> states, String peer) {
        if (states.isEmpty()) {
            return;
        }
        vault.write("recording shared review states", c -> {
            for (ReviewState state : states) {
                share(c, state.interviewId(), peer, state.stamp());
            }
            return null;
        });
    }

    /** Trusted field devices that said where replies go. */
    public List<ReplyTarget> replyTargets() {
        return vault.read("listing field devices to answer", c -> {
            List<ReplyTarget> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT k.device_id, k.reply_to, COALESCE(i.seq, 0),"
                    + " k.acked_seq FROM known_device k LEFT JOIN imported_bundle i ON i.device_id = k.device_id"
                    + " WHERE k.trusted AND k.reply_to IS NOT NULL ORDER BY k.first_seen, k.device_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReplyTarget(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                            rs.getLong(4)));
                }
            }
            return out;
        });
    }

    /** The interviews that came to this desk from {@code deviceId} and are still here. */
    public List<UUID> interviewsFrom(UUID deviceId) {
        return vault.read("listing a device's interviews", c -> {
            List<UUID> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT si.interview_id FROM sync_interview si"
                    + " JOIN interview i ON i.id = si.interview_id WHERE si.device_id = ? ORDER BY si.interview_id")) {
                s.setObject(1, deviceId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return out;
        });
    }

    /** After a reply to the device was queued: it now knows its bundles up to {@code sequence} arrived. */
    public void acknowledged(UUID deviceId, long sequence) {
        vault.write("recording an acknowledgement", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE known_device SET acked_seq = GREATEST(acked_seq, ?) WHERE device_id = ?")) {
                s.setLong(1, sequence);
                s.setObject(2, deviceId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Inside an import: where the sending device wants replies sealed to. */
    static void replyTo(Connection c, UUID deviceId, String recipient) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE known_device SET reply_to = ? WHERE device_id = ?")) {
            s.setString(1, recipient);
            s.setObject(2, deviceId);
            s.executeUpdate();
        }
    }

    static void share(Connection c, UUID interviewId, String peer, String stamp) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO review_shared (interview_id, peer, stamp)"
                + " KEY (interview_id, peer) VALUES (?, ?, ?)")) {
            s.setObject(1, interviewId);
            s.setString(2, peer);
            s.setString(3, stamp);
            s.executeUpdate();
        }
    }

    /** The review state of one interview inside a transaction; empty when it is not here. */
    static Optional<ReviewState> state(Connection c, UUID interviewId) throws SQLException {
        Status status;
        Instant changedAt;
        String changedBy = "";
        try (PreparedStatement s = c.prepareStatement("SELECT status, created_at FROM interview WHERE id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                status = Status.fromKey(rs.getString(1));
                changedAt = rs.getObject(2, OffsetDateTime.class).toInstant();
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT changed_at, changed_by FROM status_change"
                + " WHERE interview_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    changedAt = rs.getObject(1, OffsetDateTime.class).toInstant();
                    changedBy = rs.getString(2);
                }
            }
        }
        return Optional.of(new ReviewState(interviewId, status, changedAt, changedBy,
                ReviewRows.comments(c, interviewId)));
    }

    /**
     * Applies a review state the peer sent: the later status step wins (the step is recorded with
     * the peer's time and author, so both sides end with the same state); unknown comments are
     * added, re-anchored to this side's transcript by their quote; a comment resolved on either
     * side stays resolved. Then records that the peer has the resulting state, so it does not go
     * back. Returns whether anything changed here.
     */
    boolean apply(Connection c, UUID interviewId, ReviewState incoming, String peer, Instant now)
            throws SQLException {
        Optional<ReviewState> found = state(c, interviewId);
        if (found.isEmpty()) {
            return false;
        }
        ReviewState local = found.get();
        if (!changes(local, incoming)) {
            // The usual case when a new interview arrives: nothing to apply, only remember what the peer has.
            share(c, interviewId, peer, local.stamp());
            return false;
        }
        Interview stored = InterviewRows.find(c, interviewId).orElseThrow();
        boolean changed = false;
        if (ReviewState.laterStatus(local.status(), local.statusChangedAt(), incoming.status(),
                incoming.statusChangedAt())) {
            Interview next = stored.toBuilder().status(incoming.status()).build();
            if (!InterviewRows.updateRow(c, next, stored.revision())) {
                throw new StorageException("The interview " + stored.id() + " changed while a bundle was imported");
            }
            events.changed(c, new InterviewChange(stored.id(), InterviewChange.Kind.UPDATED, stored, next,
                    actor(incoming.statusChangedBy()), incoming.statusChangedAt()));
            changed = true;
        }
        Map<UUID, ReviewComment> mine = new HashMap<>();
        local.comments().forEach(comment -> mine.put(comment.id(), comment));
        for (ReviewComment theirs : incoming.comments()) {
            ReviewComment here = mine.get(theirs.id());
            if (here == null) {
                ReviewComment placed = anchored(theirs, stored.transcript());
                ReviewRows.insertComment(c, placed);
                audit.append(c, now, actor(theirs.author()), stored.id(), "comment " + theirs.id(), null,
                        (placed.isOpen() ? "open " : "resolved ") + audit.keyed(c, stored.id(), theirs.body()));
                changed = true;
            } else if (here.isOpen() && !theirs.isOpen()) {
                ReviewRows.updateResolution(c, here.id(), theirs.resolvedAt(), theirs.resolvedBy());
                audit.append(c, now, actor(theirs.resolvedBy()), stored.id(), "comment " + here.id(), "open",
                        "resolved");
                changed = true;
            }
        }
        if (changed) {
            events.commentsChanged(c, stored.id());
        }
        share(c, stored.id(), peer, state(c, stored.id()).orElseThrow().stamp());
        return changed;
    }

    /** Whether applying {@code incoming} would change anything here (see {@link #apply}). */
    private static boolean changes(ReviewState local, ReviewState incoming) {
        if (ReviewState.laterStatus(local.status(), local.statusChangedAt(), incoming.status(),
                incoming.statusChangedAt())) {
            return true;
        }
        Map<UUID, ReviewComment> mine = new HashMap<>();
        local.comments().forEach(comment -> mine.put(comment.id(), comment));
        for (ReviewComment theirs : incoming.comments()) {
            ReviewComment here = mine.get(theirs.id());
            if (here == null || here.isOpen() && !theirs.isOpen()) {
                return true;
            }
        }
        return false;
    }

    /** The quoted text where it still is, else where it is found first, else detached at the end. */
    private static ReviewComment anchored(ReviewComment comment, String transcript) {
        int start = comment.start();
        int end = comment.end();
        String quote = comment.quote();
        boolean detached = comment.detached();
        if (!detached && !(end <= transcript.length() && transcript.substring(start, end).equals(quote))) {
            int found = quote.isEmpty() ? -1 : transcript.indexOf(quote);
            if (found >= 0) {
                start = found;
                end = found + quote.length();
            } else {
                detached = true;
            }
        }
        if (detached) {
            start = Math.min(start, transcript.length());
            end = start;
        }
        return new ReviewComment(comment.id(), comment.interviewId(), start, end, quote, comment.body(),
                comment.author(), comment.createdAt(), comment.resolvedAt(), comment.resolvedBy(), detached);
    }

    private static String actor(String name) {
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
