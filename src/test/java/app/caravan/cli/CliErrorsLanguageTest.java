package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A refusal from the layers below is printed in the language the command line was started in. */
class CliErrorsLanguageTest {
    @TempDir
    Path temp;

    @Test
    void aRefusedRecipientIsExplainedInRussianOrEnglish() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path vault = temp.resolve("vault");
        try (VaultSession session = vaults.create(vault, Fixtures.passphrase())) {
            session.keys().device();
        }
        Path passphrase = CliRun.passphraseFile(temp);
        String[] args = {"--vault", vault.toString(), "--passphrase-file", passphrase.toString(), "recipients", "add",
            "age1nope"};

        String russian = run(vaults, Locale.forLanguageTag("ru"), args);
        assertEquals("caravan: Ключ получателя age «age1nope» — не 62 символа Bech32 (в нём 8); проверьте, что он"
                + " скопирован целиком\n", russian);
        String english = run(vaults, Locale.ENGLISH, args);
        assertTrue(english.startsWith("caravan: The age recipient 'age1nope' is not 62 Bech32 characters (it has 8)"),
                english);
        assertEquals(english, run(vaults, Locale.forLanguageTag("uz"), args), "untranslated languages stay English");
    }

    @Test
    void aBrokenInterchangeFileIsExplainedInRussianWithItsNameAndPlace() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path vault = temp.resolve("vault");
        vaults.create(vault, Fixtures.passphrase()).close();
        Path json = temp.resolve("interviews.json");
        java.nio.file.Files.writeString(json, "{\"format\": \"caravan-interviews\", \"version\": 1,"
                + " \"interviews\": [{\"id\": \"not-a-uuid\"}]}");
        Path passphrase = CliRun.passphraseFile(temp);
        String[] args = {"--vault", vault.toString(), "--passphrase-file", passphrase.toString(), "import",
            json.toString()};

        String english = run(vaults, Locale.ENGLISH, args);
        assertEquals("caravan: interviews.json: interviews[0].id: 'not-a-uuid' is not a UUID, like"
                + " 3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40\n", english);
        String russian = run(vaults, Locale.forLanguageTag("ru"), args);
        assertEquals("caravan: interviews.json: interviews[0].id: 'not-a-uuid' — не UUID, как"
                + " 3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40\n", russian);
    }

    private static String run(LocalVaultService vaults, Locale locale, String... args) {
        CommandLine cli = CaravanCommand.commandLine(vaults, dir -> {
            throw new AssertionError("no command may start the desktop");
        }, locale);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(1, cli.execute(args));
        return err.toString().replace("\r", "");
    }
}
