package app.caravan.domain;

/** An exception whose message can be said in the user's language: the UI shows {@link #problem()}. */
public interface Localized {
    /** The key and arguments of {@code getMessage()}, or null when the message has no key (shown as it is). */
    Problem problem();
}
