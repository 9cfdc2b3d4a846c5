package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.crypto.AgeIdentity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan identity show} and {@code caravan recipients add|list} on a real vault. */
class KeysCliTest {
    @TempDir
    Path temp;

    CliRun inVault(Path vault, String... args) {
        return CliRun.inVault(vault, CliRun.passphraseFile(temp), args);
    }

    @Test
    void identityAndRecipients() {
        Path vault = temp.resolve("vault");
        assertEquals(0, inVault(vault, "init").exit());
        CliRun show = inVault(vault, "identity", "show");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().matches("(?s)device: .*\nrecipient: +age1[0-9a-z]{58}\nfingerprint: +([0-9A-F]{4}-){7}[0-9A-F]{4}\n"),
                show.out());

        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }
        CliRun add = inVault(vault, "recipients", "add", desk, "--label", "Desk Anna");
        assertEquals(0, add.exit(), add.err());
        CliRun again = inVault(vault, "recipients", "add", desk);
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("caravan: The recipient " + desk + " is already"), again.err());
        CliRun bad = inVault(vault, "recipients", "add", "age1nope");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("is not 62 Bech32 characters"), bad.err());
        CliRun list = inVault(vault, "recipients", "list");
        assertEquals(0, list.exit(), list.err());
        assertEquals(desk + "  Desk Anna\n", list.out());
    }
}
