package app.caravan.domain;

/** Optional self-described gender, kept coarse on purpose (it is a quasi-identifier). */
public enum Gender {
    WOMAN("woman"),
    MAN("man"),
    NON_BINARY("non-binary"),
    OTHER("other");

    private final String key;

    Gender(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Gender fromKey(String key) {
        return Keys.fromKey(Gender.class, values(), key, Gender::key);
    }
}
