package app.caravan.ui.sync;

import app.caravan.ui.common.ByteUnits;
import java.util.Locale;

/** Byte counts as people read them: "812 B", "14.2 KB", "3.1 MB" (in Russian "14,2 КБ"). */
final class Sizes {
    private Sizes() {
    }

    static String format(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " " + ByteUnits.name(0, locale);
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.1f %s", bytes / 1024.0, ByteUnits.name(1, locale));
        }
        return String.format(locale, "%.1f %s", bytes / (1024.0 * 1024.0), ByteUnits.name(2, locale));
    }
}
