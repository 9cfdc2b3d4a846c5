package app.caravan.ui.editor;

import java.text.NumberFormat;
import java.util.Locale;

/** Byte counts as people read them: 512 B, 3.4 KB, 12.5 MB (decimal units, the UI's number format). */
final class FileSizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    static String format(long bytes, Locale locale) {
        if (bytes < 1000) {
            return bytes + " " + UNITS[0];
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return number.format(value) + " " + UNITS[unit];
    }
}
