package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.DemoVault;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo vault's passphrase is printed on the welcome screen: {@code init} must not accept it. */
class DemoPassphraseCliTest {
    @TempDir
    Path temp;

    @Test
    void initRefusesTheDemoPassphraseAndSaysWhy() throws Exception {
        Path file = Files.writeString(temp.resolve("passphrase.txt"), DemoVault.PASSPHRASE + "\n");
        Path vault = temp.resolve("vault");
        CliRun run = CliRun.run("--vault", vault.toString(), "--passphrase-file", file.toString(), "init");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("published passphrase of the demo vault") && run.err().contains(vault.toString()),
                run.err());
        assertFalse(Files.exists(vault), "nothing was created");
    }
}
