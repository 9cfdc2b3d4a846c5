package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault file only grows while open (ADR 0020); closing rewrites it when most of it is dead. */
class SpaceReclaimTest {
    @TempDir
    Path temp;

    @Test
    void rewritesOnlyBigFilesThatAreMostlyDead() {
        assertFalse(SpaceReclaim.due(SpaceReclaim.MIN_FILE_BYTES - 1, 1), "a small file is left as it is");
        assertTrue(SpaceReclaim.due(SpaceReclaim.MIN_FILE_BYTES, SpaceReclaim.MAX_LIVE_PERCENT));
        assertFalse(SpaceReclaim.due(1L << 30, SpaceReclaim.MAX_LIVE_PERCENT + 1), "a file that is mostly data stays");
    }

    @Test
    void closingAVaultFullOfOldVersionsShrinksItAndKeepsTheLatest() throws Exception {
        Path dir = temp.resolve("vault");
        Path file = dir.resolve(VaultPaths.DATABASE_FILE);
        Interview interview = Fixtures.fullInterview("reclaim");
        String last = null;
        long grown;
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            new InterviewStore(vault).insert(interview);
            for (int save = 1; save <= 32; save++) {
                String transcript = "version " + save + "\n" + "Мы уехали в сентябре. ".repeat(7_000);
                vault.write("saving", c -> {
                    try (PreparedStatement s = c.prepareStatement("UPDATE interview SET transcript = ? WHERE id = ?")) {
                        s.setString(1, transcript);
                        s.setObject(2, interview.id());
                        return s.executeUpdate();
                    }
                });
                last = transcript;
            }
            grown = Files.size(file);
            assertTrue(grown > SpaceReclaim.MIN_FILE_BYTES, "32 saves of 300 KB appended " + grown + " bytes");
            assertTrue(vault.read("measuring", SpaceReclaim::livePercent) <= SpaceReclaim.MAX_LIVE_PERCENT);
        }
        long closed = Files.size(file);
        assertTrue(closed < grown / 4, "the close rewrote " + grown + " bytes into " + closed);
        assertFalse(Files.exists(dir.resolve(VaultPaths.DATABASE_FILE + ".tempFile")));

        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(last, new InterviewStore(vault).find(interview.id()).orElseThrow().transcript());
            assertEquals("SHUTDOWN", vault.read("measuring", c -> SpaceReclaim.shutdownCommand(c, dir)),
                    "a small vault is closed without a rewrite");
        }
    }
}
