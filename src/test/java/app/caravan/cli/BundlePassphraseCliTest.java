package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan bundle --bundle-passphrase-file} and {@code caravan import-bundle
 * --bundle-passphrase-file}: a courier hand-over from a field vault to a desk vault, at age's
 * real work factor (the CLI has no other).
 */
class BundlePassphraseCliTest {
    @TempDir
    Path temp;
    Path field;
    Path desk;
    Path vaultPassphrase;
    Path courierPassphrase;
    String fingerprint;

    @BeforeEach
    void init() throws Exception {
        vaultPassphrase = temp.resolve("vault-passphrase.txt");
        Files.writeString(vaultPassphrase, Fixtures.PASSPHRASE + "\n");
        courierPassphrase = temp.resolve("courier.txt");
        Files.writeString(courierPassphrase, "hand it to Dilshod\n");
        field = temp.resolve("field");
        desk = temp.resolve("desk");
        assertEquals(0, CliRun.inVault(field, vaultPassphrase, "init").exit());
        assertEquals(0, CliRun.inVault(desk, vaultPassphrase, "init").exit());
        try (VaultSession session = Fixtures.fastVaults().open(field, Fixtures.passphrase())) {
            Fixtures.consentedInterview(session);
            fingerprint = session.keys().device().fingerprint();
        }
    }

    @Test
    void sealsToThePassphraseFileAndTheDeskImportsWithIt() throws Exception {
        Path out = temp.resolve("courier.age");
        CliRun sealed = CliRun.inVault(field, vaultPassphrase, "bundle", "--out", out.toString(),
                "--bundle-passphrase-file", courierPassphrase.toString());
        assertEquals(0, sealed.exit(), sealed.err());
        assertTrue(sealed.out().startsWith("sealed bundle 1: 1 interviews"), sealed.out());
        String header = new String(Files.readAllBytes(out), 0, 60, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.matches("(?s)age-encryption\\.org/v1\n-> scrypt \\S{22} 18\n.*"), header);

        Path wrongFile = temp.resolve("wrong.txt");
        Files.writeString(wrongFile, "hand it to someone else\n");
        CliRun wrong = CliRun.inVault(desk, vaultPassphrase, "import-bundle", out.toString(), "--trust", fingerprint,
                "--bundle-passphrase-file", wrongFile.toString());
        assertEquals(1, wrong.exit());
        assertEquals(out + ": Wrong passphrase: it does not open"
                + " this age file", wrong.err().strip().replaceFirst("^caravan: ", ""));

        CliRun imported = CliRun.inVault(desk, vaultPassphrase, "import-bundle", out.toString(), "--trust",
                fingerprint, "--bundle-passphrase-file", courierPassphrase.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("imported bundle 1 from "), imported.out());
        assertTrue(imported.out().contains(": 1 new,"), imported.out());
    }

    @Test
    void aPassphraseAndRecipientKeysExcludeEachOther() throws Exception {
        Path out = temp.resolve("courier.age");
        try (AgeIdentity other = AgeIdentity.generate()) {
            CliRun both = CliRun.inVault(field, vaultPassphrase, "bundle", "--out", out.toString(),
                    "--bundle-passphrase-file", courierPassphrase.toString(), "--to", other.recipient().value());
            assertEquals(1, both.exit());
            assertTrue(both.err().contains("--to and a bundle passphrase exclude each other"), both.err());
        }
        CliRun noSource = CliRun.inVault(field, vaultPassphrase, "bundle", "--out", out.toString(),
                "--bundle-passphrase");
        assertEquals(1, noSource.exit());
        assertTrue(noSource.err().contains("No bundle passphrase: set CARAVAN_BUNDLE_PASSPHRASE"), noSource.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theBundlePassphraseComesFromItsOwnVariableNotTheVaultOne() throws Exception {
        java.util.Map<String, String> env = new java.util.HashMap<>();
        env.put(PassphraseSource.ENVIRONMENT_VARIABLE, "vault secret");
        PassphraseSource source = new PassphraseSource(env::get, null);
        IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> source.readBundle(null, true));
        assertTrue(none.getMessage().startsWith("No bundle passphrase: set CARAVAN_BUNDLE_PASSPHRASE"));
        env.put(PassphraseSource.BUNDLE_ENVIRONMENT_VARIABLE, "courier secret");
        assertEquals("courier secret", new String(source.readBundle(null, true)));
        assertEquals("hand it to Dilshod", new String(source.readBundle(courierPassphrase, true)),
                "a file wins over the variable");
    }
}
