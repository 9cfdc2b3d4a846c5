package app.caravan.domain;

/**
 * Age bands. Decades are fine enough for research and coarse enough to be a quasi-identifier
 * that k-anonymity can still generalize (to {@link #wider()}).
 */
public enum AgeBand {
    UNDER_18("under-18", "under-30"),
    FROM_18_TO_29("18-29", "under-30"),
    FROM_30_TO_39("30-39", "30-49"),
    FROM_40_TO_49("40-49", "30-49"),
    FROM_50_TO_59("50-59", "50+"),
    FROM_60("60+", "50+");

    private final String key;
    private final String wider;

    AgeBand(String key, String wider) {
        this.key = key;
        this.wider = wider;
    }

    public String key() {
        return key;
    }

    /** The next coarser band, used when generalizing for anonymized exports. */
    public String wider() {
        return wider;
    }

    public static AgeBand fromKey(String key) {
        return Keys.fromKey(AgeBand.class, values(), key, AgeBand::key);
    }
}
