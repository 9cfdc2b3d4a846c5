package app.caravan.domain;

/** The script a proposed pseudonym is written in: the one the interviewer types transcripts in. */
public enum NameScript {
    LATIN,
    CYRILLIC
}
