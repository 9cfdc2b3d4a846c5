package app.caravan.domain;

import java.util.Locale;

/** Where a sealed bundle is on its way to the desk (ADR 0011). */
public enum BundleState {
    /** In the outbox, not yet delivered to every configured target. */
    SEALED,
    /** Written, verified and moved to its final name on every configured target. */
    DELIVERED,
    /** The desk confirmed it imported the bundle; its bytes are no longer kept. */
    ACKNOWLEDGED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BundleState fromKey(String key) {
        for (BundleState s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown bundle state \"" + key + "\"");
    }
}
