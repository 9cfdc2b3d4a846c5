package app.caravan.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates in the UI's language rather than the operating system's: a Russian UI on an English
 * laptop shows 21.11.2022, not 11/21/2022. Short numeric form with a four-digit year, easy to type.
 */
public final class Dates {
    private Dates() {
    }

    public static DateTimeFormatter shortFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replaceAll("y+", "yyyy");
        }
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    /** A date picker that shows and reads dates in {@code locale}'s short form. */
    public static DatePicker picker(Locale locale) {
        DateTimeFormatter format = shortFormat(locale);
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    // Keep the previous value rather than throwing from inside the control.
                    return picker.getValue();
                }
            }
        });
        return picker;
    }
}
