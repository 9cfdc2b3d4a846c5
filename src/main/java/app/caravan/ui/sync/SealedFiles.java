package app.caravan.ui.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a bundle sealed to a courier passphrase from one sealed to the desk's key by its age
 * header (C2SP age.md: a text header, one {@code -> TYPE} line per recipient), so the user is
 * asked for a passphrase only when one can open the file.
 */
final class SealedFiles {
    private static final String MAGIC = "age-encryption.org/v1\n";
    /** The header of a passphrase file is short; its stanza comes first. */
    private static final int PEEK = 1024;

    private SealedFiles() {
    }

    static boolean isPassphraseSealed(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PEEK);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.startsWith(MAGIC) && text.startsWith("-> scrypt ", MAGIC.length());
    }
}
