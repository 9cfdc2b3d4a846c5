package app.caravan.ui.common;

import java.util.Locale;

/** The names of byte units in the UI's language: B, KB, MB... or Б, КБ, МБ... */
public final class ByteUnits {
    private static final String[] KEYS = {"unit.byte", "unit.kilobyte", "unit.megabyte", "unit.gigabyte",
        "unit.terabyte"};

    private ByteUnits() {
    }

    /** Unit {@code power} (0 = bytes, 1 = kilo, ... 4 = tera) in {@code locale}'s language. */
    public static String name(int power, Locale locale) {
        return new I18n(locale).get(KEYS[Math.min(power, KEYS.length - 1)]);
    }

    public static int count() {
        return KEYS.length;
    }
}
