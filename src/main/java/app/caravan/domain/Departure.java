package app.caravan.domain;

import java.time.LocalDate;

/** When the interviewee left, and in which wave; either part may be unknown (null). */
public record Departure(LocalDate date, Wave wave) {
    public static final Departure UNKNOWN = new Departure(null, null);

    public boolean isUnknown() {
        return date == null && wave == null;
    }
}
