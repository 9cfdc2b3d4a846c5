package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.storage.UnlockGuard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Destroying a vault, the wipe after failed unlocks, and the lock settings, on real encrypted vaults. */
class PanicTest {
    private static final char[] WRONG = "wrong horse battery staple".toCharArray();

    @TempDir
    Path temp;
    private final LocalVaultService vaults = Fixtures.fastVaults();
    private final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");

    private Path vaultWithCanary() throws Exception {
        Path dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            Interview created = Fixtures.consentedInterview(session);
            session.interviews().save(created.toBuilder().transcript("Мы уехали. " + canary).build());
            session.interviews().saveIdentity(created.id(), Fixtures.identity(canary));
        }
        return dir;
    }

    @Test
    void destroyOverwritesTheKeyFileAndLeavesNothingOpenable() throws Exception {
        Path dir = vaultWithCanary();
        byte[] keyBefore = Files.readAllBytes(dir.resolve("vault.key"));
        // A second name for the key file's bytes: shows whether they were overwritten before the delete.
        Path link = Files.createLink(temp.resolve("key-link"), dir.resolve("vault.key"));
        Files.writeString(dir.resolve("my-notes.txt"), "not Caravan's");

        InvalidInputException wrongWord = assertThrows(InvalidInputException.class, () -> vaults.destroy(dir, "vaul"));
        assertTrue(wrongWord.getMessage().contains("\"vault\""), wrongWord.getMessage());
        assertArrayEquals(keyBefore, Files.readAllBytes(dir.resolve("vault.key")), "a wrong word touches nothing");

        List<Path> left = vaults.destroy(dir, "vault");

        assertEquals(List.of(dir.resolve("my-notes.txt")), left, "files Caravan did not write are left alone");
        assertFalse(Files.exists(dir.resolve("vault.key")));
        assertFalse(Files.exists(dir.resolve("caravan.mv.db")));
        assertFalse(Files.exists(dir.resolve("vault.lock")));
        byte[] shredded = Files.readAllBytes(link);
        assertEquals(keyBefore.length, shredded.length);
        assertFalse(new String(shredded, StandardCharsets.ISO_8859_1).contains("caravan-vault-key"),
                "the key file's bytes were overwritten, not only unlinked");
        for (Path file : Fixtures.filesUnder(dir)) {
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(canary), file.toString());
        }
        VaultAccessException e = assertThrows(VaultAccessException.class, () -> vaults.open(dir, Fixtures.passphrase()));
        assertEquals(VaultAccessException.Reason.KEY_FILE_MISSING, e.reason());
        assertFalse(vaults.exists(dir));
    }

    @Test
    void destroyRemovesTheEmptiedFolderAndRefusesAnOpenVault() throws Exception {
        Path dir = vaultWithCanary();
        try (VaultSession open = vaults.open(dir, Fixtures.passphrase())) {
            VaultAccessException inUse = assertThrows(VaultAccessException.class, () -> vaults.destroy(dir, "vault"));
            assertEquals(VaultAccessException.Reason.IN_USE, inUse.reason());
            assertTrue(Files.exists(dir.resolve("vault.key")));

            assertEquals(List.of(), open.destroy("vault"), "the session locks itself, then erases");
        }
        assertFalse(Files.exists(dir), "nothing else was in the folder, so it is gone too");
        VaultAccessException e = assertThrows(VaultAccessException.class, () -> vaults.open(dir, Fixtures.passphrase()));
        assertEquals(VaultAccessException.Reason.NOT_A_VAULT, e.reason());
    }

    @Test
    void threeWrongPassphrasesDestroyTheVaultWhenTheWipeIsOn() throws Exception {
        Path dir = vaultWithCanary();
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            session.lockSettings().setWipeAfterFailedUnlocks(3);
            assertEquals(3, session.lockSettings().wipeAfterFailedUnlocks());
        }
        assertEquals(VaultAccessException.Reason.WRONG_PASSPHRASE, failToOpen(dir).reason());
        assertEquals(VaultAccessException.Reason.WRONG_PASSPHRASE, failToOpen(dir).reason());
        assertEquals(new UnlockGuard.State(3, 2), UnlockGuard.read(dir));
        assertTrue(Files.exists(dir.resolve("vault.key")));

        VaultAccessException third = failToOpen(dir);

        assertEquals(VaultAccessException.Reason.DESTROYED, third.reason());
        assertTrue(third.getMessage().contains("3 times"), third.getMessage());
        assertFalse(Files.exists(dir.resolve("vault.key")));
        assertFalse(Files.exists(dir.resolve("caravan.mv.db")));
        VaultAccessException right = assertThrows(VaultAccessException.class,
                () -> vaults.open(dir, Fixtures.passphrase()));
        assertNotEquals(VaultAccessException.Reason.WRONG_PASSPHRASE, right.reason(), "there is nothing left to open");
    }

    @Test
    void theRightPassphraseResetsTheCount() throws Exception {
        Path dir = vaultWithCanary();
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            session.lockSettings().setWipeAfterFailedUnlocks(3);
        }
        failToOpen(dir);
        failToOpen(dir);
        vaults.open(dir, Fixtures.passphrase()).close();
        assertEquals(new UnlockGuard.State(3, 0), UnlockGuard.read(dir));
        failToOpen(dir);
        failToOpen(dir);
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals(1, session.interviews().list().size(), "two wrong tries after a right one destroy nothing");
        }
    }

    @Test
    void theWipeIsOffByDefaultAndCanBeSwitchedOffAgain() throws Exception {
        Path dir = vaultWithCanary();
        for (int i = 0; i < 25; i++) {
            assertEquals(VaultAccessException.Reason.WRONG_PASSPHRASE, failToOpen(dir).reason());
        }
        assertFalse(Files.exists(dir.resolve("vault.guard")), "nothing is counted while the wipe is off");
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals(0, session.lockSettings().wipeAfterFailedUnlocks());
            session.lockSettings().setWipeAfterFailedUnlocks(3);
            session.lockSettings().setWipeAfterFailedUnlocks(0);
        }
        for (int i = 0; i < 4; i++) {
            failToOpen(dir);
        }
        vaults.open(dir, Fixtures.passphrase()).close();
    }

    @Test
    void lockSettingsAreCheckedAndKept() throws Exception {
        Path dir = vaultWithCanary();
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            LockSettings lock = session.lockSettings();
            assertEquals(5, lock.autoLockMinutes(), "default");
            assertThrows(InvalidInputException.class, () -> lock.setAutoLockMinutes(0));
            assertThrows(InvalidInputException.class, () -> lock.setAutoLockMinutes(121));
            assertThrows(InvalidInputException.class, () -> lock.setWipeAfterFailedUnlocks(2));
            InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                    () -> lock.setWipeAfterFailedUnlocks(21));
            assertTrue(tooMany.getMessage().contains("between 3 and 20"), tooMany.getMessage());
            lock.setAutoLockMinutes(17);
            lock.setWipeAfterFailedUnlocks(20);
        }
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals(17, session.lockSettings().autoLockMinutes());
            assertEquals(20, session.lockSettings().wipeAfterFailedUnlocks());
        }
    }

    private VaultAccessException failToOpen(Path dir) {
        return assertThrows(VaultAccessException.class, () -> vaults.open(dir, WRONG.clone()));
    }
}
