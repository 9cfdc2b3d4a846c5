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
    void afterACrashAFileTwiceWhatTheLastCleanCloseLeftIsRewrittenWhateverH2SaysIsLive() {
        long mib = 1L << 20;
        assertTrue(SpaceReclaim.due(20 * mib, 90, true, 9 * mib), "H2's live share is stale after recovery");
        assertFalse(SpaceReclaim.due(20 * mib, 90, false, 9 * mib), "a clean session's live share is trusted");
        assertFalse(SpaceReclaim.due(15 * mib, 90, true, 9 * mib), "less than twice the baseline");
        assertFalse(SpaceReclaim.due(7 * mib, 90, true, 1 * mib), "small files are never rewritten");
        assertFalse(SpaceReclaim.due(20 * mib, 90, true, 0), "no size noted yet (a vault from before)");
    }

    @Test
    void aSessionThatEndedWithoutACloseIsKnownAtTheNextOpenUntilACleanClose() throws Exception {
        Path dir = temp.resolve("vault");
        Path crashed = temp.resolve("as-a-kill-leaves-it");
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            assertEquals("open", session(vault));
            long baseline = Long.parseLong(setting(vault, SpaceReclaim.BASELINE));
            assertEquals(Files.size(dir.resolve(VaultPaths.DATABASE_FILE)), baseline, 64 * 1024);
        }
        String baselineBeforeCrash;
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals("open", session(vault), "the last session closed cleanly");
            new InterviewStore(vault).insert(Fixtures.fullInterview("kill"));
            baselineBeforeCrash = setting(vault, SpaceReclaim.BASELINE);
            // A copy taken while the vault is open is what a kill -9 leaves behind.
            copyVault(dir, crashed);
        }
        try (Vault vault = Vault.open(crashed, Fixtures.passphrase())) {
            assertEquals("recovered", session(vault));
            assertEquals(baselineBeforeCrash, setting(vault, SpaceReclaim.BASELINE),
                    "a crashed file's growth is measured from what the last clean close left");
            copyVault(crashed, temp.resolve("killed-again"));
        }
        try (Vault vault = Vault.open(temp.resolve("killed-again"), Fixtures.passphrase())) {
            assertEquals("recovered", session(vault), "a second crash before a clean close still counts");
        }
        try (Vault vault = Vault.open(temp.resolve("killed-again"), Fixtures.passphrase())) {
            assertEquals("open", session(vault), "the clean close reset it");
        }
    }

    private static String session(Vault vault) {
        return setting(vault, SpaceReclaim.SESSION);
    }

    private static String setting(Vault vault, String name) {
        return vault.read("reading", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                s.setString(1, name);
                try (var rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static void copyVault(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
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
