package app.caravan.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The review side of one interview as it travels between field and desk: its status with the
 * time and author of the last status step, and its review comments. Either side applies what
 * the other sent by simple, order-independent rules (see {@link #laterStatus} and the bundle
 * format), so the two vaults agree after one exchange each way.
 */
public record ReviewState(UUID interviewId, Status status, Instant statusChangedAt, String statusChangedBy,
        List<ReviewComment> comments) {
    public ReviewState {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        statusChangedBy = statusChangedBy == null ? "" : statusChangedBy;
        comments = comments.stream().sorted(Comparator.comparing(ReviewComment::id)).toList();
    }

    /**
     * A short digest of what the other side needs to know: status, when it changed, and which
     * comments exist and are resolved. Anchors are left out on purpose: each side re-anchors
     * comments to its own transcript, which must not make the state look changed.
     */
    public String stamp() {
        StringBuilder text = new StringBuilder().append(status.key()).append('@').append(statusChangedAt);
        for (ReviewComment c : comments) {
            text.append('\n').append(c.id()).append(c.isOpen() ? " open" : " resolved");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the incoming status should replace the local one: the later status step wins, so a
     * desk's "changes requested" reaches the field, and the interviewer's later re-submission is
     * not undone by a reply that crossed it. On a tie the local status stays.
     */
    public static boolean laterStatus(Status local, Instant localChangedAt, Status incoming,
            Instant incomingChangedAt) {
        return local != incoming && incomingChangedAt.isAfter(localChangedAt);
    }
}
