package app.caravan.anonymize;

import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides from its consent flags whether an interview goes into an anonymized research export,
 * and whether with its text. Checked at export time, not trusted from earlier filtering: a
 * withdrawal recorded a minute ago must already count.
 */
public final class ConsentFilter {
    /** The rule in words, for {@code DATACARD.md}. */
    public static final String RULES = "Included: interviews with participation consent and consent to share"
            + " anonymized for research, not withdrawn. Text (transcript and quoted segments) only where"
            + " verbatim-quote consent is given; other participants contribute variables and coded themes only.";

    private ConsentFilter() {
    }

    /** What the export may take from one interview. */
    public enum Use {
        /** Variables, coded themes and the de-identified text. */
        WITH_TEXT,
        /** Variables and coded themes; no transcript, no segment text. */
        WITHOUT_TEXT,
        /** Nothing; {@link Decision#exclusion()} says why. */
        EXCLUDED
    }

    /** @param exclusion the reason when {@code use} is {@link Use#EXCLUDED}, otherwise null */
    public record Decision(Use use, Exclusion exclusion) {
        public Decision {
            Objects.requireNonNull(use, "use");
            if ((use == Use.EXCLUDED) != (exclusion != null)) {
                throw new IllegalArgumentException("an exclusion reason goes with EXCLUDED and only with it");
            }
        }

        public boolean included() {
            return use != Use.EXCLUDED;
        }

        public boolean withText() {
            return use == Use.WITH_TEXT;
        }
    }

    /**
     * The interviews that may be exported, in input order, and the count of those left out by reason.
     *
     * @param included interview → {@link Use#WITH_TEXT} or {@link Use#WITHOUT_TEXT}, in input order
     * @param excluded every {@link Exclusion} (zero counts too), in declaration order
     */
    public record Outcome(Map<Interview, Use> included, Map<Exclusion, Integer> excluded) {
        public Outcome {
            included = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(included));
            excluded = java.util.Collections.unmodifiableMap(new EnumMap<>(excluded));
        }

        /** Participants who will have no text. */
        public int textless() {
            return (int) included.values().stream().filter(u -> u == Use.WITHOUT_TEXT).count();
        }

        /** Label → count of the reasons that occurred, the shape {@link DataCard#excluded()} takes. */
        public Map<String, Integer> excludedByLabel() {
            Map<String, Integer> byLabel = new LinkedHashMap<>();
            excluded.forEach((reason, n) -> {
                if (n > 0) {
                    byLabel.put(reason.label(), n);
                }
            });
            return byLabel;
        }

        public List<Interview> interviews() {
            return new ArrayList<>(included.keySet());
        }
    }

    /**
     * The decision for one interview. Precedence when several reasons apply: no participation,
     * then withdrawal, then no research-sharing consent.
     */
    public static Decision decide(Interview interview) {
        return decide(interview.consent());
    }

    /** The same decision from the consent alone (a library summary carries it). */
    public static Decision decide(Consent c) {
        if (!c.participation()) {
            return new Decision(Use.EXCLUDED, Exclusion.NO_PARTICIPATION);
        }
        if (c.isWithdrawn()) {
            return new Decision(Use.EXCLUDED, Exclusion.WITHDRAWN);
        }
        if (!c.shareAnonymizedForResearch()) {
            return new Decision(Use.EXCLUDED, Exclusion.NO_RESEARCH_SHARING);
        }
        return new Decision(c.verbatimQuotes() ? Use.WITH_TEXT : Use.WITHOUT_TEXT, null);
    }

    /** Applies {@link #decide(Interview)} to each interview. */
    public static Outcome filter(List<Interview> interviews) {
        Map<Interview, Use> included = new LinkedHashMap<>();
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0);
        }
        for (Interview interview : interviews) {
            Decision d = decide(interview);
            if (d.included()) {
                included.put(interview, d.use());
            } else {
                excluded.merge(d.exclusion(), 1, Integer::sum);
            }
        }
        return new Outcome(included, excluded);
    }
}
