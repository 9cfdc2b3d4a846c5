package app.caravan.domain;

/**
 * The naming tradition a pseudonym should fit, so that "Timur from Kazan" does not become
 * "Giorgi". It is not stored with the interview: it only steers {@link PseudonymGenerator}.
 */
public enum Background {
    RUSSIAN("russian"),
    TATAR("tatar"),
    UZBEK("uzbek"),
    KYRGYZ("kyrgyz"),
    KAZAKH("kazakh"),
    GEORGIAN("georgian"),
    ARMENIAN("armenian"),
    UKRAINIAN("ukrainian");

    private final String key;

    Background(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Background fromKey(String key) {
        return Keys.fromKey(Background.class, values(), key, Background::key);
    }
}
