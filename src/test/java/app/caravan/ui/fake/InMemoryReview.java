package app.caravan.ui.fake;

import app.caravan.app.InvalidInputException;
import app.caravan.app.NotFoundException;
import app.caravan.app.PermissionDeniedException;
import app.caravan.app.ReviewService;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The review workflow in memory, with the rules the vault applies: a field vault may only
 * submit (from draft or after changes were requested); the desk also starts reviews, approves,
 * requests changes, archives from any status and un-archives to the previous one. A transition
 * bumps the interview's revision, so an editor holding the old one gets a conflict. Comments
 * follow their quoted text when the transcript changes and are detached when it is gone.
 */
public final class InMemoryReview implements ReviewService {
    private static final Map<Status, Set<Status>> FIELD = Map.of(
            Status.DRAFT, EnumSet.of(Status.SUBMITTED),
            Status.CHANGES_REQUESTED, EnumSet.of(Status.SUBMITTED));
    private static final Map<Status, Set<Status>> DESK = Map.of(
            Status.SUBMITTED, EnumSet.of(Status.IN_REVIEW),
            Status.IN_REVIEW, EnumSet.of(Status.APPROVED, Status.CHANGES_REQUESTED));

    private final InMemoryVault vault;
    private final InMemoryAudit audit;
    private final Map<UUID, ReviewComment> comments = new LinkedHashMap<>();
    private final Map<UUID, List<StatusChange>> history = new HashMap<>();
    private Role role = Role.FIELD;

    InMemoryReview(InMemoryVault vault, InMemoryAudit audit) {
        this.vault = vault;
        this.audit = audit;
    }

    @Override
    public Role role() {
        synchronized (vault) {
            return role;
        }
    }

    @Override
    public void setRole(Role role) {
        synchronized (vault) {
            audit.record(vault.userName(), null, "role", this.role.key(), role.key());
            this.role = role;
        }
    }

    @Override
    public List<Status> allowedTransitions(Status from) {
        synchronized (vault) {
            Set<Status> allowed = EnumSet.noneOf(Status.class);
            allowed.addAll(FIELD.getOrDefault(from, Set.of()));
            if (role == Role.DESK) {
                allowed.addAll(DESK.getOrDefault(from, Set.of()));
                if (from == Status.ARCHIVED) {
                    // Un-archiving goes back to the status before; which one depends on the interview.
                    allowed.addAll(EnumSet.complementOf(EnumSet.of(Status.ARCHIVED)));
                } else {
                    allowed.add(Status.ARCHIVED);
                }
            }
            return List.copyOf(allowed);
        }
    }

    @Override
    public Interview transition(UUID interviewId, Status to) throws InvalidInputException {
        synchronized (vault) {
            Interview current = vault.interview(interviewId);
            Status from = current.status();
            boolean fieldStep = FIELD.getOrDefault(from, Set.of()).contains(to);
            boolean deskStep = DESK.getOrDefault(from, Set.of()).contains(to)
                    || to == Status.ARCHIVED && from != Status.ARCHIVED
                    || from == Status.ARCHIVED && to == beforeArchive(interviewId);
            if (!fieldStep && !deskStep) {
                throw new InvalidInputException("The interview " + interviewId + " cannot move from " + from.key()
                        + " to " + to.key());
            }
            if (!fieldStep && role != Role.DESK) {
                throw new PermissionDeniedException("A field vault may not move an interview from " + from.key()
                        + " to " + to.key() + "; that is for the editors' desk");
            }
            Interview saved = current.toBuilder().status(to).revision(current.revision() + 1)
                    .updatedAt(Instant.now()).build();
            vault.interviews.put(interviewId, saved);
            history.computeIfAbsent(interviewId, k -> new ArrayList<>())
                    .add(new StatusChange(interviewId, from, to, vault.userName(), Instant.now()));
            audit.record(vault.userName(), interviewId, "status", from.key(), to.key());
            return saved;
        }
    }

    private Status beforeArchive(UUID interviewId) {
        List<StatusChange> changes = history.getOrDefault(interviewId, List.of());
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).to() == Status.ARCHIVED) {
                return changes.get(i).from();
            }
        }
        return Status.DRAFT;
    }

    @Override
    public List<StatusChange> statusHistory(UUID interviewId) {
        synchronized (vault) {
            vault.interview(interviewId);
            return List.copyOf(history.getOrDefault(interviewId, List.of()));
        }
    }

    @Override
    public List<ReviewComment> comments(UUID interviewId) {
        synchronized (vault) {
            String transcript = vault.interview(interviewId).transcript();
            return comments.values().stream().filter(c -> c.interviewId().equals(interviewId))
                    .map(c -> anchored(c, transcript))
                    .sorted(Comparator.comparing(ReviewComment::detached).thenComparingInt(ReviewComment::start)
                            .thenComparing(ReviewComment::createdAt))
                    .toList();
        }
    }

    /** The comment where its quote is now: in place, moved to the nearest occurrence, or detached. */
    private static ReviewComment anchored(ReviewComment c, String transcript) {
        if (c.end() <= transcript.length() && transcript.substring(c.start(), c.end()).equals(c.quote())) {
            return c;
        }
        int at = transcript.indexOf(c.quote());
        if (at < 0) {
            return new ReviewComment(c.id(), c.interviewId(), c.start(), c.end(), c.quote(), c.body(), c.author(),
                    c.createdAt(), c.resolvedAt(), c.resolvedBy(), true);
        }
        return new ReviewComment(c.id(), c.interviewId(), at, at + c.quote().length(), c.quote(), c.body(),
                c.author(), c.createdAt(), c.resolvedAt(), c.resolvedBy(), false);
    }

    @Override
    public Map<UUID, Integer> openCommentCounts() {
        synchronized (vault) {
            Map<UUID, Integer> counts = new HashMap<>();
            comments.values().stream().filter(ReviewComment::isOpen)
                    .forEach(c -> counts.merge(c.interviewId(), 1, Integer::sum));
            return counts;
        }
    }

    @Override
    public ReviewComment addComment(UUID interviewId, int start, int end, String body) throws InvalidInputException {
        synchronized (vault) {
            String transcript = vault.interview(interviewId).transcript();
            if (body == null || body.isBlank()) {
                throw new InvalidInputException("The comment on interview " + interviewId + " is empty");
            }
            if (start < 0 || end <= start || end > transcript.length()) {
                throw new InvalidInputException("The range " + start + "–" + end + " is not inside the transcript of "
                        + interviewId + " (length " + transcript.length() + ")");
            }
            ReviewComment c = new ReviewComment(UUID.randomUUID(), interviewId, start, end,
                    transcript.substring(start, end), body.strip(), vault.userName(), Instant.now(), null, null, false);
            comments.put(c.id(), c);
            audit.record(vault.userName(), interviewId, "comment", null, InMemoryAudit.hashed(c.body()));
            return c;
        }
    }

    @Override
    public ReviewComment resolve(UUID commentId) {
        return setResolved(commentId, true);
    }

    @Override
    public ReviewComment reopen(UUID commentId) {
        return setResolved(commentId, false);
    }

    private ReviewComment setResolved(UUID commentId, boolean resolved) {
        synchronized (vault) {
            ReviewComment c = comments.get(commentId);
            if (c == null) {
                throw new NotFoundException("No review comment " + commentId);
            }
            ReviewComment next = new ReviewComment(c.id(), c.interviewId(), c.start(), c.end(), c.quote(), c.body(),
                    c.author(), c.createdAt(), resolved ? Instant.now() : null, resolved ? vault.userName() : null,
                    c.detached());
            comments.put(commentId, next);
            audit.record(vault.userName(), c.interviewId(), "comment.state", c.isOpen() ? "open" : "resolved",
                    resolved ? "resolved" : "open");
            return next;
        }
    }

    /** Every comment stored, in any interview (for assertions). */
    public List<ReviewComment> all() {
        synchronized (vault) {
            return List.copyOf(comments.values());
        }
    }
}
