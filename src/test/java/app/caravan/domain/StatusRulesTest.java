package app.caravan.domain;

import static app.caravan.domain.Status.APPROVED;
import static app.caravan.domain.Status.ARCHIVED;
import static app.caravan.domain.Status.CHANGES_REQUESTED;
import static app.caravan.domain.Status.DRAFT;
import static app.caravan.domain.Status.IN_REVIEW;
import static app.caravan.domain.Status.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.StatusRules.Verdict.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusRulesTest {
    private static final Set<List<Status>> FIELD_STEPS = Set.of(List.of(DRAFT, SUBMITTED),
            List.of(CHANGES_REQUESTED, SUBMITTED));
    private static final Set<List<Status>> DESK_ONLY_STEPS = Set.of(List.of(SUBMITTED, IN_REVIEW),
            List.of(IN_REVIEW, APPROVED), List.of(IN_REVIEW, CHANGES_REQUESTED));

    /** Every (from, to) pair, for both roles, against the table of the issue. */
    @Test
    void everyPairIsAllowedOrRefusedAsTheWorkflowSays() {
        for (Status from : EnumSet.complementOf(EnumSet.of(ARCHIVED))) {
            for (Status to : Status.values()) {
                List<Status> step = List.of(from, to);
                boolean fieldStep = FIELD_STEPS.contains(step);
                boolean deskStep = fieldStep || DESK_ONLY_STEPS.contains(step) || to == ARCHIVED;
                StatusRules.Verdict field = StatusRules.check(Role.FIELD, from, to, null);
                StatusRules.Verdict desk = StatusRules.check(Role.DESK, from, to, null);
                assertEquals(deskStep ? Kind.ALLOWED : Kind.NO_SUCH_STEP, desk.kind(), "desk " + step);
                assertEquals(fieldStep ? Kind.ALLOWED : deskStep ? Kind.NOT_PERMITTED : Kind.NO_SUCH_STEP,
                        field.kind(), "field " + step);
                for (StatusRules.Verdict refused : List.of(field, desk)) {
                    if (!refused.allowed()) {
                        assertTrue(refused.reason().contains(from.key()) && refused.reason().contains(to.key()),
                                "names both statuses: " + refused.reason());
                    }
                }
            }
        }
    }

    @Test
    void unarchivingReturnsOnlyToTheStatusBeforeArchivingAndOnlyAtTheDesk() {
        for (Status before : EnumSet.complementOf(EnumSet.of(ARCHIVED))) {
            assertEquals(List.of(before), StatusRules.allowed(Role.DESK, ARCHIVED, before));
            assertEquals(List.of(), StatusRules.allowed(Role.FIELD, ARCHIVED, before));
            assertEquals(Kind.NOT_PERMITTED, StatusRules.check(Role.FIELD, ARCHIVED, before, before).kind());
        }
        StatusRules.Verdict wrong = StatusRules.check(Role.DESK, ARCHIVED, DRAFT, APPROVED);
        assertEquals(Kind.NO_SUCH_STEP, wrong.kind());
        assertTrue(wrong.reason().contains("only go back to approved"), wrong.reason());
        assertEquals(List.of(StatusRules.UNARCHIVE_DEFAULT), StatusRules.allowed(Role.DESK, ARCHIVED, null),
                "an archived import without history returns to where desk work starts");
    }

    @Test
    void allowedStepsComeInWorkflowOrder() {
        assertEquals(List.of(SUBMITTED), StatusRules.allowed(Role.FIELD, DRAFT, null));
        assertEquals(List.of(CHANGES_REQUESTED, APPROVED, ARCHIVED), StatusRules.allowed(Role.DESK, IN_REVIEW, null));
        assertEquals(List.of(), StatusRules.allowed(Role.FIELD, APPROVED, null));
        assertEquals(List.of(ARCHIVED), StatusRules.allowed(Role.DESK, APPROVED, null));
    }
}
