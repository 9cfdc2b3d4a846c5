package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.storage.Vault;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan audit verify|show}, {@code role} and {@code user}, in-process on real vaults. */
class ReviewCliTest {
    @TempDir
    Path temp;
    Path passphraseFile;
    Path vault;

    @BeforeEach
    void createVault() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
        vault = temp.resolve("v");
        assertEquals(0, run("init", "--user", "field-team-1").exit());
    }

    CliRun run(String... args) {
        return CliRun.inVault(vault, passphraseFile, args);
    }

    @Test
    void verifyAndShowAnIntactLog() throws Exception {
        Path sample = Path.of(ReviewCliTest.class.getResource("/interchange/sample.json").toURI());
        assertEquals(0, run("import", sample.toString()).exit());

        CliRun verify = run("audit", "verify");
        assertEquals(0, verify.exit(), verify.err());
        // Two interviews imported, one of them with a name, a contact and a mentioned person.
        assertEquals("audit log intact: 5 entries\n", verify.out());

        CliRun show = run("audit", "show");
        assertEquals(0, show.exit(), show.err());
        List<String> lines = show.out().strip().lines().toList();
        assertEquals(5, lines.size(), show.out());
        String[] first = lines.get(0).split("\t");
        assertEquals("1", first[0]);
        assertEquals("field-team-1", first[2]);
        assertEquals("imported", first[4]);
        assertTrue(first[5].matches("- -> hmac:[0-9a-f]{64}"), first[5]);
        assertFalse(show.out().contains("Timur") || show.out().contains("Тимур") || show.out().contains("@timur_example"),
                "no pseudonym, name or contact in clear");

        CliRun one = run("audit", "show", "--interview", first[3]);
        List<String> own = lines.stream().filter(l -> l.split("\t")[3].equals(first[3])).toList();
        assertEquals(own, one.out().strip().lines().toList());
        assertTrue(own.size() >= 1 && own.size() < lines.size(), show.out());
    }

    @Test
    void aBrokenLogFailsWithWhereInOneLine() throws Exception {
        run("role", "desk");
        try (Vault v = Vault.open(vault, Fixtures.passphrase())) {
            v.write("tampering", c -> c.createStatement().executeUpdate(
                    "UPDATE audit_entry SET new_value = 'field' WHERE seq = 1"));
        }
        CliRun verify = run("audit", "verify");
        assertEquals(1, verify.exit());
        assertEquals("", verify.out());
        assertEquals(1, verify.err().strip().lines().count(), verify.err());
        assertTrue(verify.err().startsWith("caravan: audit log broken at entry 1: entry 1 was edited"), verify.err());
    }

    @Test
    void roleAndUserArePrintedAndSet() {
        assertEquals("field\n", run("role").out());
        assertEquals("desk\n", run("role", "desk").out());
        assertEquals("desk\n", run("role").out());
        assertEquals("field-team-1\n", run("user").out());
        assertEquals("desk-editor\n", run("user", "desk-editor").out());
        assertEquals(2, run("role", "boss").exit(), "usage error");
        CliRun shown = run("audit", "show");
        assertTrue(shown.out().contains("\tfield-team-1\t-\trole\tfield -> desk"), shown.out());
        assertEquals(1, run("user", " ").exit());
    }
}
