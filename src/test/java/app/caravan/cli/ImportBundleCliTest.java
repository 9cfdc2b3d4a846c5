package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.BundleContents;
import app.caravan.exchange.BundleWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan import-bundle} and {@code caravan identity export} on a real desk vault. */
class ImportBundleCliTest {
    @TempDir
    Path temp;

    CliRun inVault(Path vault, String... args) throws Exception {
        Path passphraseFile = CliRun.passphraseFile(temp);
        return CliRun.inVault(vault, passphraseFile, args);
    }

    @Test
    void importBundleAndExportIdentity() throws Exception {
        Path vault = temp.resolve("desk");
        assertEquals(0, inVault(vault, "init").exit());
        Vocabulary vocabulary;
        String recipient;
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            vocabulary = session.vocabulary().current();
            recipient = session.keys().device().recipient();
        }
        Ed25519.SigningKeys signer = Ed25519.generate();
        String fingerprint = Ed25519.fingerprint(signer.publicKey());
        UUID device = UUID.randomUUID();
        Path bundle = temp.resolve("field-1.age");
        try (AgeIdentity own = AgeIdentity.generate()) {
            BundleContents contents = new BundleContents(device, 1, Instant.now(), vocabulary,
                    List.of(new IdentifiedInterview(Fixtures.fullInterview("CLI-CANARY"), Identity.EMPTY)), List.of(),
                    List.of(), List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BundleWriter(signer.privateKey(), signer.publicKey(), own.recipient())
                    .write(contents, List.of(AgeRecipient.parse(recipient)), out);
            Files.write(bundle, out.toByteArray());
        }

        CliRun unknown = inVault(vault, "import-bundle", bundle.toString());
        assertEquals(1, unknown.exit());
        assertEquals("caravan: " + bundle + ": Unknown device " + device + " with fingerprint " + fingerprint
                + ": compare it with the field device, then import again with --trust " + fingerprint + "\n",
                unknown.err());

        CliRun imported = inVault(vault, "import-bundle", bundle.toString(), "--trust", fingerprint);
        assertEquals(0, imported.exit(), imported.err());
        assertEquals("imported bundle 1 from " + device + " (" + fingerprint + "): 1 new, 0 updated, 0 withdrawn,"
                + " 0 conflicts\n", imported.out());

        Path identity = temp.resolve("desk-identity.txt");
        CliRun export = inVault(vault, "identity", "export", "--out", identity.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(identity)));
        try (AgeIdentity parsed = AgeIdentity.parseFile(Files.readAllBytes(identity))) {
            assertEquals(recipient, parsed.recipient().value());
        }
        CliRun overwrite = inVault(vault, "identity", "export", "--out", identity.toString());
        assertEquals(1, overwrite.exit());
        assertTrue(overwrite.err().contains("already exists"), overwrite.err());

        CliRun again = inVault(vault, "import-bundle", bundle.toString(), "--identity", identity.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("already imported"), again.out());

        Path damaged = temp.resolve("damaged.age");
        byte[] bytes = Files.readAllBytes(bundle);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun bad = inVault(vault, "import-bundle", damaged.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("caravan: " + damaged + ": Truncated bundle"), bad.err());
        assertEquals(1, bad.err().split("\n").length, bad.err());
    }
}
