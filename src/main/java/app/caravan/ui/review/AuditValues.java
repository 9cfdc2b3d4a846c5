package app.caravan.ui.review;

import java.util.regex.Pattern;

/**
 * How the History tab writes an audit value. Sensitive values (names, transcript, comments) are
 * logged only as keyed hashes; they are shown as such, shortened, never as if they were text.
 */
public final class AuditValues {
    private static final Pattern HASH = Pattern.compile("^(?:[a-z0-9-]+:)?[0-9a-fA-F]{16,}$");

    private AuditValues() {
    }

    public static boolean isHash(String value) {
        return value != null && HASH.matcher(value).matches();
    }

    /** "—" for nothing, "#1a2b3c4d…" for a hash, the value itself otherwise. */
    public static String shown(String value, String hashedLabel) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (isHash(value)) {
            String hex = value.substring(value.indexOf(':') + 1);
            return hashedLabel + " #" + hex.substring(0, 8) + "…";
        }
        return value;
    }
}
