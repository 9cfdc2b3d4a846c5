package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.anonymize.ConsentFilter.Decision;
import app.caravan.anonymize.ConsentFilter.Outcome;
import app.caravan.anonymize.ConsentFilter.Use;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentFilterTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2022-10-17T15:30:00+05:00");

    /** Bit i of {@code mask} is flag i in the record's order; bit 6 is the withdrawal. */
    private static Interview interview(int mask) {
        Consent consent = new Consent((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0,
                (mask & 16) != 0, (mask & 32) != 0, ConsentMethod.values()[0], AT, (mask & 64) != 0 ? AT.plusDays(3) : null);
        return Interview.builder(new UUID(0, mask), "P" + mask, AT).consent(consent).build();
    }

    @Test
    void everyCombinationOfTheSixFlagsAndWithdrawal() {
        Set<String> seen = new HashSet<>();
        for (int mask = 0; mask < 128; mask++) {
            boolean participation = (mask & 1) != 0;
            boolean verbatim = (mask & 4) != 0;
            boolean research = (mask & 16) != 0;
            boolean withdrawn = (mask & 64) != 0;
            Decision d = ConsentFilter.decide(interview(mask));
            String where = "flags " + Integer.toBinaryString(mask);
            if (!participation) {
                assertEquals(new Decision(Use.EXCLUDED, Exclusion.NO_PARTICIPATION), d, where);
            } else if (withdrawn) {
                assertEquals(new Decision(Use.EXCLUDED, Exclusion.WITHDRAWN), d, where);
            } else if (!research) {
                assertEquals(new Decision(Use.EXCLUDED, Exclusion.NO_RESEARCH_SHARING), d, where);
            } else {
                assertEquals(verbatim ? Use.WITH_TEXT : Use.WITHOUT_TEXT, d.use(), where);
                assertNull(d.exclusion(), where);
                assertTrue(d.included(), where);
                assertEquals(verbatim, d.withText(), where);
            }
            assertEquals(d.use() != Use.EXCLUDED, d.included(), where);
            seen.add(d.use() + "/" + d.exclusion());
        }
        assertEquals(5, seen.size(), "every outcome occurs: " + seen);
    }

    @Test
    void audioPublishAndRecontactNeverDecide() {
        for (int mask = 0; mask < 128; mask++) {
            int base = mask & ~(2 | 8 | 32);
            assertEquals(ConsentFilter.decide(interview(base)), ConsentFilter.decide(interview(mask)),
                    "flags " + Integer.toBinaryString(mask));
        }
    }

    @Test
    void filterKeepsOrderAndCountsOneReasonPerInterview() {
        List<Interview> all = new ArrayList<>();
        for (int mask = 127; mask >= 0; mask--) {
            all.add(interview(mask));
        }
        Outcome outcome = ConsentFilter.filter(all);

        // Included: participation, research, not withdrawn; audio/verbatim/publish/recontact free: 16.
        assertEquals(16, outcome.included().size());
        assertEquals(8, outcome.textless());
        assertEquals(Map.of(Exclusion.NO_PARTICIPATION, 64, Exclusion.WITHDRAWN, 32, Exclusion.NO_RESEARCH_SHARING, 16),
                outcome.excluded());
        assertEquals(128, outcome.included().size() + outcome.excluded().values().stream().mapToInt(i -> i).sum());
        List<Integer> masks = outcome.interviews().stream().map(i -> (int) i.id().getLeastSignificantBits()).toList();
        List<Integer> sorted = new ArrayList<>(masks);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, masks, "input order is kept");
        assertEquals(List.of("no participation consent", "consent withdrawn", "no research-sharing consent"),
                List.copyOf(outcome.excludedByLabel().keySet()));
    }

    @Test
    void reasonsWithoutInterviewsAreLeftOutOfTheLabels() {
        Outcome outcome = ConsentFilter.filter(List.of(interview(1 | 16), interview(1 | 4 | 16)));
        assertEquals(Map.of(), outcome.excludedByLabel());
        assertEquals(List.of(Use.WITHOUT_TEXT, Use.WITH_TEXT), List.copyOf(outcome.included().values()));
        assertEquals(0, outcome.excluded().get(Exclusion.WITHDRAWN));
    }

    @Test
    void aBrandNewInterviewIsExcluded() {
        Interview draft = Interview.newDraft("Timur", "field-team-1", AT);
        assertFalse(ConsentFilter.decide(draft).included());
        assertEquals(Exclusion.NO_PARTICIPATION, ConsentFilter.decide(draft).exclusion());
    }

    @Test
    void exclusionKeysAreStable() {
        assertEquals(List.of("no-participation", "withdrawn", "no-research-sharing"),
                List.of(Exclusion.values()).stream().map(Exclusion::key).toList());
        assertThrows(IllegalArgumentException.class, () -> new Decision(Use.EXCLUDED, null));
        assertThrows(IllegalArgumentException.class, () -> new Decision(Use.WITH_TEXT, Exclusion.WITHDRAWN));
    }
}
