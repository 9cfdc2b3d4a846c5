package app.caravan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The review workflow as a graph, and which role may take each step. Field: draft → submitted
 * and changes-requested → submitted. Desk: the field steps, submitted → in-review, in-review →
 * approved or changes-requested, archive from any status, and un-archive back to the status the
 * interview had before it was archived. Pure rules; the app layer enforces them.
 */
public final class StatusRules {
    /** Where an un-archive goes when the status before archiving is unknown (an archived import). */
    public static final Status UNARCHIVE_DEFAULT = Status.SUBMITTED;

    private StatusRules() {
    }

    /** The outcome of asking for one step; {@code problem} is null when it is allowed. */
    public record Verdict(Kind kind, Problem problem) {
        public enum Kind {
            ALLOWED,
            /** The workflow has no such step from the current status. */
            NO_SUCH_STEP,
            /** The step exists, but this role may not take it. */
            NOT_PERMITTED
        }

        public boolean allowed() {
            return kind == Kind.ALLOWED;
        }

        /** Why the step is refused, in English; empty when it is allowed. */
        public String reason() {
            return problem == null ? "" : problem.english();
        }
    }

    /**
     * May {@code role} move an interview from {@code from} to {@code to}? {@code beforeArchive} is
     * the status an archived interview had before archiving (null when unknown); it is the only
     * status an un-archive may return to.
     */
    public static Verdict check(Role role, Status from, Status to, Status beforeArchive) {
        Role needed = neededRole(from, to, beforeArchive);
        if (needed == null) {
            Problem noStep = from == Status.ARCHIVED
                    ? Problem.of("review.noStepFromArchive", from.key(), to.key(), unarchiveTarget(beforeArchive).key())
                    : Problem.of("review.noStep", from.key(), to.key());
            return new Verdict(Verdict.Kind.NO_SUCH_STEP, noStep);
        }
        if (needed == Role.DESK && role != Role.DESK) {
            return new Verdict(Verdict.Kind.NOT_PERMITTED, Problem.of("review.deskOnly", from.key(), to.key(),
                    role.key()));
        }
        return new Verdict(Verdict.Kind.ALLOWED, null);
    }

    /** The statuses {@code role} may move to from {@code from}, in workflow order. */
    public static List<Status> allowed(Role role, Status from, Status beforeArchive) {
        List<Status> out = new ArrayList<>();
        for (Status to : Status.values()) {
            if (check(role, from, to, beforeArchive).allowed()) {
                out.add(to);
            }
        }
        return out;
    }

    /** The status an un-archive returns to. */
    public static Status unarchiveTarget(Status beforeArchive) {
        return beforeArchive == null || beforeArchive == Status.ARCHIVED ? UNARCHIVE_DEFAULT : beforeArchive;
    }

    /** The least role that may take the step, or null when the workflow has no such step. */
    private static Role neededRole(Status from, Status to, Status beforeArchive) {
        if (from == to) {
            return null;
        }
        if (from == Status.ARCHIVED) {
            return to == unarchiveTarget(beforeArchive) ? Role.DESK : null;
        }
        if (to == Status.ARCHIVED) {
            return Role.DESK;
        }
        switch (from) {
            case DRAFT:
            case CHANGES_REQUESTED:
                return to == Status.SUBMITTED ? Role.FIELD : null;
            case SUBMITTED:
                return to == Status.IN_REVIEW ? Role.DESK : null;
            case IN_REVIEW:
                return to == Status.APPROVED || to == Status.CHANGES_REQUESTED ? Role.DESK : null;
            default:
                return null;
        }
    }
}
