package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.QrPngs;
import app.caravan.crypto.AgeIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan recipients add --file|--qr} on a real vault. */
class RecipientsFromFilesCliTest {
    @TempDir
    Path temp;

    CliRun inVault(Path vault, String... args) {
        return CliRun.inVault(vault, CliRun.passphraseFile(temp), args);
    }

    @Test
    void addsEveryRecipientOfAFileOrNoneAndOneFromAQrImage() throws Exception {
        Path vault = temp.resolve("vault");
        assertEquals(0, inVault(vault, "init").exit());
        String anna;
        String boris;
        String carla;
        String secret;
        try (AgeIdentity a = AgeIdentity.generate(); AgeIdentity b = AgeIdentity.generate();
                AgeIdentity c = AgeIdentity.generate()) {
            anna = a.recipient().value();
            boris = b.recipient().value();
            carla = c.recipient().value();
            secret = new String(c.toChars());
        }

        // One bad line: nothing is added, and the file and line are named.
        Path bad = Files.writeString(temp.resolve("bad.txt"), anna + "\n" + boris + "\nage1short\n");
        CliRun refused = inVault(vault, "recipients", "add", "--file", bad.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().startsWith("caravan: " + bad + ", line 3: "), refused.err());
        assertEquals("", inVault(vault, "recipients", "list").out(), "all or nothing");

        // A whole identity file: the secret is refused and never printed.
        Path identity = Files.writeString(temp.resolve("key.txt"), "# public key: " + carla + "\n" + secret + "\n");
        CliRun leaked = inVault(vault, "recipients", "add", "--file", identity.toString());
        assertEquals(1, leaked.exit());
        assertTrue(leaked.err().contains("line 2 holds a SECRET age key"), leaked.err());
        assertFalse((leaked.out() + leaked.err()).contains(secret.substring(20)), "the secret is never echoed");

        Path good = Files.writeString(temp.resolve("desk.txt"), "# desk\n" + anna + "\n# public key: " + boris + "\n");
        CliRun added = inVault(vault, "recipients", "add", "--file", good.toString(), "--label", "Desk");
        assertEquals(0, added.exit(), added.err());
        assertEquals("added " + anna + "  Desk\nadded " + boris + "  Desk\n", added.out());

        Path qr = QrPngs.write(temp.resolve("carla.png"), "png", carla, 4, false);
        CliRun fromQr = inVault(vault, "recipients", "add", "--qr", qr.toString(), "--label", "Carla");
        assertEquals(0, fromQr.exit(), fromQr.err());
        assertEquals("added " + carla + "  Carla\n", fromQr.out());
        CliRun again = inVault(vault, "recipients", "add", "--qr", qr.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("caravan: The recipient " + carla + " is already"), again.err());

        Path blank = QrPngs.blank(temp.resolve("blank.png"), 120, 120);
        CliRun none = inVault(vault, "recipients", "add", "--qr", blank.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().startsWith("caravan: No QR code found in " + blank), none.err());

        CliRun both = inVault(vault, "recipients", "add", anna, "--qr", qr.toString());
        assertEquals(1, both.exit());
        assertTrue(both.err().contains("exactly one of"), both.err());

        assertEquals(anna + "  Desk\n" + boris + "  Desk\n" + carla + "  Carla\n",
                inVault(vault, "recipients", "list").out());
    }
}
