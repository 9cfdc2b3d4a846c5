package app.caravan.ui.sync;

import java.util.Locale;

/** Byte counts as people read them: "812 B", "14.2 KB", "3.1 MB". */
final class Sizes {
    private Sizes() {
    }

    static String format(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.1f KB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
