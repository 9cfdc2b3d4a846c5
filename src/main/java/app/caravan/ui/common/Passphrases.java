package app.caravan.ui.common;

import java.util.Arrays;
import javafx.scene.control.PasswordField;

/**
 * Moves passphrases out of password fields without ever creating a String: Strings cannot be
 * wiped and linger in the heap until collected.
 */
public final class Passphrases {
    private Passphrases() {
    }

    /** Copies the field's characters into a new array and clears the field. Wipe the array after use. */
    public static char[] take(PasswordField field) {
        char[] chars = copy(field.getCharacters());
        field.clear();
        return chars;
    }

    public static char[] copy(CharSequence characters) {
        char[] chars = new char[characters.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = characters.charAt(i);
        }
        return chars;
    }

    /** Compares in time independent of where the first difference is. */
    public static boolean sameCharacters(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }

    public static void wipe(char[]... arrays) {
        for (char[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, '\0');
            }
        }
    }
}
