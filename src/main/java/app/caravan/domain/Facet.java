package app.caravan.domain;

/**
 * A dimension the library filters and counts by. Values are stable keys: vocabulary keys for
 * cities, professions and themes; the gazetteer's country and region names; status, wave and
 * consent-flag keys; the interviewer as recorded.
 */
public enum Facet {
    /** Where the interviewee lives now (the current city, else the place of the interview). */
    CITY("city"),
    COUNTRY("country"),
    REGION("region"),
    ORIGIN_CITY("origin-city"),
    PROFESSION("profession"),
    SECTOR("sector"),
    /** Selecting a theme also selects its sub-themes. */
    THEME("theme"),
    STATUS("status"),
    /** Required flags: an interview must have every selected one (a withdrawal has none). */
    CONSENT("consent"),
    WAVE("wave"),
    INTERVIEWER("interviewer");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Facet fromKey(String key) {
        return Keys.fromKey(Facet.class, values(), key, Facet::key);
    }
}
