package app.caravan.domain;

/** How consent was given. */
public enum ConsentMethod {
    VERBAL("verbal"),
    WRITTEN("written"),
    RECORDED("recorded");

    private final String key;

    ConsentMethod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ConsentMethod fromKey(String key) {
        return Keys.fromKey(ConsentMethod.class, values(), key, ConsentMethod::key);
    }
}
