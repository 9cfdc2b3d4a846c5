package app.caravan.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and time fields of the editor. A stored moment is shown in its own offset (the local
 * time where the interview happened); it is only re-based onto the laptop's zone when the user
 * actually changes the date or time, so opening and saving never shifts a recorded moment.
 */
public final class DateTimes {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DateTimes() {
    }

    /** {@code HH:mm} (also {@code H:mm}, {@code HH.mm}); empty when it is not a valid time. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        if (hours > 23 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hours, minutes));
    }

    public static String formatTime(OffsetDateTime moment) {
        return moment == null ? "" : HH_MM.format(moment);
    }

    /** The date and time the user sees for {@code original}, combined back; unchanged values keep the original. */
    public static OffsetDateTime combine(LocalDate date, LocalTime time, OffsetDateTime original, ZoneId zone) {
        if (original != null && original.toLocalDate().equals(date)
                && original.toLocalTime().truncatedTo(ChronoUnit.MINUTES).equals(time)) {
            return original;
        }
        return date.atTime(time).atZone(zone).toOffsetDateTime();
    }

    /** A date-only field (withdrawal): the start of that day, unless it is the original's day. */
    public static OffsetDateTime combineDate(LocalDate date, OffsetDateTime original, ZoneId zone) {
        if (date == null) {
            return null;
        }
        if (original != null && original.toLocalDate().equals(date)) {
            return original;
        }
        return date.atStartOfDay(zone).toOffsetDateTime();
    }

    /** "UTC+05:00", the offset that a moment with these fields would be saved with. */
    public static String offsetLabel(ZoneOffset offset) {
        return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }
}
