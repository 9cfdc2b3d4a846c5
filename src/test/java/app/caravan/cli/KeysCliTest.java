package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeIdentity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code caravan identity show} and {@code caravan recipients add|list} on a real vault. */
class KeysCliTest {
    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    Run inVault(Path vault, String... args) {
        try {
            Path passphraseFile = temp.resolve("passphrase.txt");
            Files.writeString(passphraseFile, Fixtures.PASSPHRASE + "\n");
            List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--passphrase-file",
                    passphraseFile.toString()));
            all.addAll(List.of(args));
            CaravanCommand command = new CaravanCommand(Fixtures.fastVaults(), dir -> { });
            command.passphrases = new PassphraseSource(Map.<String, String>of()::get, null);
            CommandLine cli = CaravanCommand.commandLine(command);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void identityAndRecipients() {
        Path vault = temp.resolve("vault");
        assertEquals(0, inVault(vault, "init").exit());
        Run show = inVault(vault, "identity", "show");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().matches("(?s)device: .*\nrecipient: +age1[0-9a-z]{58}\nfingerprint: +([0-9A-F]{4}-){7}[0-9A-F]{4}\n"),
                show.out());

        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }
        Run add = inVault(vault, "recipients", "add", desk, "--label", "Desk Anna");
        assertEquals(0, add.exit(), add.err());
        Run again = inVault(vault, "recipients", "add", desk);
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("caravan: The recipient " + desk + " is already"), again.err());
        Run bad = inVault(vault, "recipients", "add", "age1nope");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("is not 62 Bech32 characters"), bad.err());
        Run list = inVault(vault, "recipients", "list");
        assertEquals(0, list.exit(), list.err());
        assertEquals(desk + "  Desk Anna\n", list.out());
    }
}
