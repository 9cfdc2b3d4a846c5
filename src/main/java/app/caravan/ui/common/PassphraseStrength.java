package app.caravan.ui.common;

/**
 * A rough strength hint from length and character classes. It does not pretend to measure
 * entropy; it nudges people away from short single-class passphrases that Argon2id alone
 * cannot save at a border inspection.
 */
public enum PassphraseStrength {
    EMPTY, WEAK, FAIR, STRONG;

    public static final int MIN_LENGTH = 8;

    public static PassphraseStrength of(CharSequence passphrase) {
        int length = passphrase.length();
        if (length == 0) {
            return EMPTY;
        }
        if (length < MIN_LENGTH) {
            return WEAK;
        }
        int classes = characterClasses(passphrase);
        int score = classes + (length >= 12 ? 1 : 0) + (length >= 16 ? 1 : 0) + (length >= 24 ? 1 : 0);
        // Short passphrases stay "fair" however mixed: length buys more than symbols do.
        if (score >= 4 && length >= 12) {
            return STRONG;
        }
        return score >= 2 ? FAIR : WEAK;
    }

    /** Long enough to be accepted at all. */
    public static boolean isAcceptable(CharSequence passphrase) {
        return passphrase.length() >= MIN_LENGTH;
    }

    static int characterClasses(CharSequence s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Resource key of the hint shown under the field. */
    public String messageKey() {
        return "passphrase.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
