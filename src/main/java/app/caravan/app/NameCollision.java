package app.caravan.app;

import java.util.Objects;
import java.util.UUID;

/**
 * A typed pseudonym matches a name already in the vault. Deliberately without the matching
 * name: the warning may say "matches the real name of the interviewee you call Timur", and must
 * not put a real name on screen that the user did not ask to reveal.
 */
public record NameCollision(Kind kind, UUID interviewId, String pseudonym) {
    public enum Kind {
        /** Another interview already uses this pseudonym (or a word of it). */
        PSEUDONYM,
        /** The real name of an interviewee: a pseudonym must never be that. */
        REAL_NAME,
        /** Someone an interviewee mentioned. */
        MENTIONED_PERSON
    }

    public NameCollision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(pseudonym, "pseudonym");
    }
}
