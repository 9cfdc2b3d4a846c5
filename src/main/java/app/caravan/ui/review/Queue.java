package app.caravan.ui.review;

import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the review queue lists, as plain computation. The desk works through the interviews by
 * review status; the field sees its own interviews with what needs its attention first
 * (changes requested, then open comments), newest first within each.
 */
public final class Queue {
    /** The desk's tabs, in workflow order; drafts are the field's business. */
    public static final List<Status> DESK_STATUSES = List.of(Status.SUBMITTED, Status.IN_REVIEW,
            Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED);

    private Queue() {
    }

    public static List<QueueEntry> entries(Role role, Status deskFilter, List<InterviewSummary> all,
            Map<UUID, Integer> openComments) {
        List<QueueEntry> entries = all.stream()
                .map(s -> new QueueEntry(s, openComments.getOrDefault(s.id(), 0)))
                .toList();
        Comparator<QueueEntry> newestFirst = Comparator.comparing((QueueEntry e) -> e.summary().updatedAt()).reversed();
        if (role == Role.DESK) {
            return entries.stream().filter(e -> e.summary().status() == deskFilter).sorted(newestFirst).toList();
        }
        return entries.stream().sorted(Comparator.comparingInt(Queue::urgency).thenComparing(newestFirst)).toList();
    }

    /** How many interviews each desk tab holds. */
    public static Map<Status, Integer> counts(List<InterviewSummary> all) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        DESK_STATUSES.forEach(s -> counts.put(s, 0));
        all.forEach(s -> counts.computeIfPresent(s.status(), (k, n) -> n + 1));
        return counts;
    }

    private static int urgency(QueueEntry e) {
        if (e.summary().status() == Status.CHANGES_REQUESTED) {
            return 0;
        }
        return e.openComments() > 0 ? 1 : 2;
    }
}
