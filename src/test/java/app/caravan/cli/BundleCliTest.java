package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan bundle}, in-process on a real (cheap-KDF) vault, checked with the standard {@code age} tool. */
class BundleCliTest {
    @TempDir
    Path temp;
    Path vault;
    Path passphraseFile;

    @BeforeEach
    void init() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
        vault = temp.resolve("v");
        assertEquals(0, CliRun.inVault(vault, passphraseFile, "init").exit());
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            session.interviews().create("Aziz");
        }
    }

    CliRun inVault(String... args) {
        return CliRun.inVault(vault, passphraseFile, args);
    }

    @Test
    void sealsToTheGivenRecipientWritesTheFileAndThenHasNothingToSend() throws Exception {
        Path out = temp.resolve("bundle.age");
        CliRun none = inVault("bundle", "--out", out.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("No desk recipient"), none.err());
        assertFalse(Files.exists(out));

        Path keyFile = temp.resolve("desk.key");
        try (AgeIdentity desk = AgeIdentity.generate()) {
            char[] secret = desk.toChars();
            Files.writeString(keyFile, new String(secret) + "\n");
            Arrays.fill(secret, '\0');
            CliRun sealed = inVault("bundle", "--out", out.toString(), "--to", desk.recipient().value());

            assertEquals(0, sealed.exit(), sealed.err());
            Matcher m = Pattern.compile("sealed bundle 1: 1 interviews, 0 withdrawals, 0 attachments, (\\d+) bytes\n")
                    .matcher(sealed.out());
            assertTrue(m.matches(), sealed.out());
            assertEquals(Long.parseLong(m.group(1)), Files.size(out));
            try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
                assertEquals(Files.size(out), session.sync().outbox().get(0).size());
            }
            try (var files = Files.list(temp)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
            }
        }
        assertEquals("nothing to send: no changes since the last bundle\n",
                inVault("bundle", "--out", temp.resolve("again.age").toString(), "--to",
                        AgeIdentity.generate().recipient().value()).out());
        assertFalse(Files.exists(temp.resolve("again.age")));

        decryptsWithTheAgeTool(keyFile, out);
    }

    private void decryptsWithTheAgeTool(Path keyFile, Path sealed) throws Exception {
        boolean installed = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "age")));
        Assumptions.assumeTrue(installed, "age CLI not installed: apt-get install -y age");
        Path zip = temp.resolve("bundle.zip");
        Process age = new ProcessBuilder("age", "-d", "-i", keyFile.toString(), "-o", zip.toString(),
                sealed.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("age.log").toFile()).start();
        assertEquals(0, age.waitFor(), Files.readString(temp.resolve("age.log")));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertEquals("manifest.json", in.getNextEntry().getName());
            assertEquals("manifest.sig", in.getNextEntry().getName());
        }
    }
}
