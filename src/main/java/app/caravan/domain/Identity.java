package app.caravan.domain;

import java.util.List;

/**
 * Who the interviewee really is. Kept apart from the interview: never shown in lists, never
 * exported or synced unless the user explicitly chooses so.
 */
public record Identity(String realName, String contact, List<String> mentionedPeople) {
    public static final Identity EMPTY = new Identity("", "", List.of());

    public Identity {
        realName = realName == null ? "" : realName;
        contact = contact == null ? "" : contact;
        mentionedPeople = List.copyOf(mentionedPeople == null ? List.of() : mentionedPeople);
    }

    /** Redacted: a record's default toString would put real names into logs and stack traces. */
    @Override
    public String toString() {
        return "Identity[redacted]";
    }

    public boolean isEmpty() {
        return realName.isBlank() && contact.isBlank() && mentionedPeople.isEmpty();
    }
}
