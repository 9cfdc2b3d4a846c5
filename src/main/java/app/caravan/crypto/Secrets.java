package app.caravan.crypto;

import java.util.Arrays;

/** Helpers for secrets held in arrays, which (unlike Strings) can be wiped. */
public final class Secrets {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Secrets() {
    }

    public static void wipe(byte[]... arrays) {
        for (byte[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, (byte) 0);
            }
        }
    }

    public static void wipe(char[]... arrays) {
        for (char[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }

    /** Lower-case hex into a char array, so key material never passes through a String. */
    public static char[] hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return out;
    }
}
