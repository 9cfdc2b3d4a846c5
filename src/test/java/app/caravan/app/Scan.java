package app.caravan.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks for a byte string in a file of any size, streaming, for the plaintext checks. */
final class Scan {
    private Scan() {
    }

    static boolean contains(Path file, byte[] needle) throws IOException {
        byte[] buffer = new byte[1 << 20];
        int carry = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer, carry, buffer.length - carry); n >= 0;
                    n = in.read(buffer, carry, buffer.length - carry)) {
                int filled = carry + n;
                if (indexOf(buffer, filled, needle) >= 0) {
                    return true;
                }
                carry = Math.min(needle.length - 1, filled);
                System.arraycopy(buffer, filled - carry, buffer, 0, carry);
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
