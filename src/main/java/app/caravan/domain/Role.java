package app.caravan.domain;

/** What a vault's user does: records in the field, or reviews at the editors' desk. */
public enum Role {
    FIELD("field"),
    DESK("desk");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Role fromKey(String key) {
        return Keys.fromKey(Role.class, values(), key, Role::key);
    }
}
