package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ConflictScenario;
import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.domain.TextMerge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan conflicts} on a real desk vault with conflicts made by real bundles. */
class ConflictsCliTest {
    @TempDir
    Path temp;

    CliRun inVault(Path vault, String... args) {
        return CliRun.inVault(vault, CliRun.passphraseFile(temp), args);
    }

    @Test
    void listShowAndMerge() throws Exception {
        Path vault = temp.resolve("desk");
        assertEquals(0, inVault(vault, "init").exit());
        ConflictScenario.Created created;
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            created = ConflictScenario.create(session);
        }

        CliRun list = inVault(vault, "conflicts", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().startsWith(created.conflictId() + "  Timur  " + created.fingerprint() + "  desk r"),
                list.out());
        assertTrue(list.out().contains(" / field r2  received "), list.out());
        assertEquals(1, list.out().lines().count());

        CliRun show = inVault(vault, "conflicts", "show", created.conflictId().toString());
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("Timur (field r2, 2 coded segments)"), show.out());
        assertTrue(show.out().contains(TextMerge.MINE_MARKER + "\n" + ConflictScenario.DESK_LINE + "\n"
                + TextMerge.SEPARATOR + "\n" + ConflictScenario.FIELD_LINE + "\n" + TextMerge.THEIRS_MARKER + "\n"),
                show.out());

        Path unresolved = Files.writeString(temp.resolve("unresolved.txt"),
                show.out().substring(show.out().indexOf('\n') + 1), StandardCharsets.UTF_8);
        CliRun refused = inVault(vault, "conflicts", "merge", created.conflictId().toString(), "--file",
                unresolved.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().startsWith("caravan: The merged transcript for sync conflict " + created.conflictId()
                + " still has conflict markers"), refused.err());

        Path notUtf8 = Files.write(temp.resolve("latin1.txt"), new byte[] {'a', (byte) 0xE9, '\n'});
        CliRun badFile = inVault(vault, "conflicts", "merge", created.conflictId().toString(), "--file",
                notUtf8.toString());
        assertEquals("caravan: " + notUtf8 + " is not UTF-8 text: save it as UTF-8 and merge again\n", badFile.err());

        String merged = ConflictScenario.DESK + ConflictScenario.FIELD_TAIL + "\n";
        Path file = Files.writeString(temp.resolve("merged.txt"), merged, StandardCharsets.UTF_8);
        CliRun merge = inVault(vault, "conflicts", "merge", created.conflictId().toString(), "--file", file.toString());
        assertEquals(0, merge.exit(), merge.err());
        assertEquals("merged: conflict " + created.conflictId() + " resolved, 1 coded segments dropped (their words are"
                + " not in the merge)\nreminder: " + file + " holds transcript text outside the encrypted vault;"
                + " delete it\n", merge.out());
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            assertEquals(merged, session.interviews().get(created.interviewId()).transcript());
        }
        assertEquals("no sync conflicts\n", inVault(vault, "conflicts", "list").out());
        CliRun gone = inVault(vault, "conflicts", "keep-mine", created.conflictId().toString());
        assertEquals("caravan: There is no sync conflict " + created.conflictId() + "\n", gone.err());
    }

    @Test
    void keepMineAndKeepTheirs() throws Exception {
        Path vault = temp.resolve("desk");
        assertEquals(0, inVault(vault, "init").exit());
        ConflictScenario.Created first;
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            first = ConflictScenario.create(session);
        }
        CliRun theirs = inVault(vault, "conflicts", "keep-theirs", first.conflictId().toString());
        assertEquals("kept the field version: conflict " + first.conflictId() + " resolved\n", theirs.out());
        ConflictScenario.Created second;
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            assertEquals(ConflictScenario.FIELD, session.interviews().get(first.interviewId()).transcript());
            second = ConflictScenario.create(session);
        }
        CliRun mine = inVault(vault, "conflicts", "keep-mine", second.conflictId().toString());
        assertEquals("kept the desk version: conflict " + second.conflictId() + " resolved\n", mine.out());
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            assertEquals(ConflictScenario.DESK, session.interviews().get(second.interviewId()).transcript());
            assertTrue(session.deskImport().conflicts().isEmpty());
        }
    }
}
