package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan destroy-vault --confirm FOLDER-NAME}: typed confirmation, then nothing openable. */
class DestroyVaultCliTest {
    @TempDir
    Path temp;

    @Test
    void destroysOnlyWithTheFolderNameAndLeavesNothingOpenable() throws Exception {
        Path passphraseFile = CliRun.passphraseFile(temp);
        Path vault = temp.resolve("field-laptop");
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        try (VaultSession session = Fixtures.fastVaults().create(vault, Fixtures.passphrase())) {
            Interview created = Fixtures.consentedInterview(session);
            session.interviews().save(created.toBuilder().transcript("Ташкент. " + canary).build());
        }

        CliRun missing = CliRun.run("--vault", vault.toString(), "destroy-vault");
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("--confirm"), missing.err());

        CliRun wrong = CliRun.run("--vault", vault.toString(), "destroy-vault", "--confirm", "vault");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("confirm with its folder name \"field-laptop\""), wrong.err());
        assertEquals(0, CliRun.inVault(vault, passphraseFile, "list").exit(), "still there after a wrong word");

        CliRun destroyed = CliRun.run("--vault", vault.toString(), "destroy-vault", "--confirm", "field-laptop");
        assertEquals(0, destroyed.exit(), destroyed.err());
        assertTrue(destroyed.out().startsWith("destroyed vault " + vault.toAbsolutePath()), destroyed.out());

        assertFalse(Files.exists(vault.resolve("vault.key")));
        assertFalse(Files.exists(vault.resolve("caravan.mv.db")));
        for (Path file : Fixtures.filesUnder(temp)) {
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(canary), file.toString());
        }
        CliRun list = CliRun.inVault(vault, passphraseFile, "list");
        assertEquals(1, list.exit(), "the right passphrase opens nothing");
        assertTrue(list.err().startsWith("caravan: There is no vault in " + vault.toAbsolutePath()), list.err());
        CliRun again = CliRun.run("--vault", vault.toString(), "destroy-vault", "--confirm", "field-laptop");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("There is no vault in"), again.err());
    }
}
