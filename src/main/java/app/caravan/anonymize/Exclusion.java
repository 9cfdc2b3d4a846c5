package app.caravan.anonymize;

/**
 * Why an interview is left out of an anonymized export. One reason per interview: the first
 * that applies in declaration order, so counts by reason add up to the number excluded.
 */
public enum Exclusion {
    NO_PARTICIPATION("no-participation", "no participation consent"),
    WITHDRAWN("withdrawn", "consent withdrawn"),
    NO_RESEARCH_SHARING("no-research-sharing", "no research-sharing consent");

    private final String key;
    private final String label;

    Exclusion(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Stable identifier for reports and JSON; never changes once released. */
    public String key() {
        return key;
    }

    /** English wording for {@code DATACARD.md} and the export report. */
    public String label() {
        return label;
    }
}
