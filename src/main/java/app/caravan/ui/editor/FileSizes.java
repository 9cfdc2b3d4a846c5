package app.caravan.ui.editor;

import app.caravan.ui.common.ByteUnits;
import java.text.NumberFormat;
import java.util.Locale;

/** Byte counts as people read them: 512 B, 3.4 KB, 12.5 MB (decimal units, the UI's number format). */
final class FileSizes {
    private FileSizes() {
    }

    static String format(long bytes, Locale locale) {
        if (bytes < 1000) {
            return bytes + " " + ByteUnits.name(0, locale);
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < ByteUnits.count() - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return number.format(value) + " " + ByteUnits.name(unit, locale);
    }
}
