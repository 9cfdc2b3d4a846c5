package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.storage.VaultException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {
    @TempDir
    Path temp;

    private Vault create(Path dir) throws VaultException {
        return Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF);
    }

    @Test
    void storesAndReadsBackEveryFieldAcrossReopen() throws Exception {
        Path dir = temp.resolve("vault");
        Interview original = Fixtures.fullInterview("x");
        try (Vault vault = create(dir)) {
            InterviewStore store = new InterviewStore(vault);
            store.insert(original);
            store.saveIdentity(original.id(), Fixtures.identity("x"));
        }
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            InterviewStore store = new InterviewStore(vault);
            assertEquals(original, store.find(original.id()).orElseThrow());
            assertEquals(Fixtures.identity("x"), store.identity(original.id()));
            assertEquals(1, store.summaries().size());
            assertEquals("Timur", store.summaries().get(0).pseudonym());
        }
    }

    @Test
    void wrongPassphraseIsReportedAndChangesNothing() throws Exception {
        Path dir = temp.resolve("vault");
        create(dir).close();
        byte[] keyBefore = Files.readAllBytes(dir.resolve(VaultPaths.KEY_FILE));
        byte[] dbBefore = Files.readAllBytes(dir.resolve(VaultPaths.DATABASE_FILE));

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, "wrong passphrase".toCharArray()));

        assertEquals(Kind.WRONG_PASSPHRASE, e.kind());
        assertEquals("Wrong passphrase", e.getMessage());
        assertArrayEquals(keyBefore, Files.readAllBytes(dir.resolve(VaultPaths.KEY_FILE)));
        assertArrayEquals(dbBefore, Files.readAllBytes(dir.resolve(VaultPaths.DATABASE_FILE)));
        Vault.open(dir, Fixtures.passphrase()).close();
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedWithoutDamage() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault first = create(dir)) {
            new InterviewStore(first).insert(Fixtures.fullInterview("x"));
            VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));
            assertEquals(Kind.IN_USE, e.kind());
            assertEquals(1, new InterviewStore(first).summaries().size());
        }
        try (Vault again = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(1, new InterviewStore(again).summaries().size());
        }
    }

    @Test
    void changingThePassphraseRewrapsTheKeyWithoutTouchingTheDatabase() throws Exception {
        Path dir = temp.resolve("vault");
        Interview original = Fixtures.fullInterview("x");
        try (Vault vault = create(dir)) {
            new InterviewStore(vault).insert(original);
        }
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            byte[] dbBefore = Files.readAllBytes(dir.resolve(VaultPaths.DATABASE_FILE));
            byte[] keyBefore = Files.readAllBytes(dir.resolve(VaultPaths.KEY_FILE));

            VaultException wrong = assertThrows(VaultException.class,
                    () -> vault.changePassphrase("not it".toCharArray(), "new passphrase!".toCharArray(), Fixtures.FAST_KDF));
            assertEquals(Kind.WRONG_PASSPHRASE, wrong.kind());
            assertArrayEquals(keyBefore, Files.readAllBytes(dir.resolve(VaultPaths.KEY_FILE)));

            vault.changePassphrase(Fixtures.passphrase(), "new passphrase!".toCharArray(), Fixtures.FAST_KDF);
            assertArrayEquals(dbBefore, Files.readAllBytes(dir.resolve(VaultPaths.DATABASE_FILE)),
                    "the database must not be re-encrypted");
            assertFalse(Files.exists(dir.resolve(VaultPaths.KEY_FILE + ".new")));
        }
        VaultException old = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));
        assertEquals(Kind.WRONG_PASSPHRASE, old.kind());
        try (Vault vault = Vault.open(dir, "new passphrase!".toCharArray())) {
            assertEquals(original, new InterviewStore(vault).find(original.id()).orElseThrow());
        }
    }

    @Test
    void missingKeyFileIsNamed() throws Exception {
        Path dir = temp.resolve("vault");
        create(dir).close();
        Files.delete(dir.resolve(VaultPaths.KEY_FILE));

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));

        assertEquals(Kind.KEY_FILE_MISSING, e.kind());
        assertTrue(e.getMessage().contains(dir.resolve("vault.key").toString()), e.getMessage());
    }

    @Test
    void damagedKeyFilesAreNamedAndToldApartFromAWrongPassphrase() throws Exception {
        Path dir = temp.resolve("vault");
        create(dir).close();
        Path key = dir.resolve(VaultPaths.KEY_FILE);
        String json = Files.readString(key);

        Files.writeString(key, json.substring(0, json.length() / 2));
        VaultException truncated = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));
        assertEquals(Kind.KEY_FILE_DAMAGED, truncated.kind());
        assertTrue(truncated.getMessage().contains(key.toString()), truncated.getMessage());

        // One changed character inside the wrapped key: the checksum catches it.
        int at = json.indexOf("\"wrappedKey\" : \"") + 20;
        char flipped = json.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(key, json.substring(0, at) + flipped + json.substring(at + 1));
        VaultException bitRot = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));
        assertEquals(Kind.KEY_FILE_DAMAGED, bitRot.kind());
        assertTrue(bitRot.getMessage().contains("checksum"), bitRot.getMessage());

        Files.writeString(key, json);
        Vault.open(dir, Fixtures.passphrase()).close();
    }

    @Test
    void aKeyFileFromAnotherVaultDoesNotOpenTheDatabase() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        create(a).close();
        create(b).close();
        Files.copy(b.resolve(VaultPaths.KEY_FILE), a.resolve(VaultPaths.KEY_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(a, Fixtures.passphrase()));

        assertEquals(Kind.DATABASE_DAMAGED, e.kind());
    }

    @Test
    void aVaultFromANewerVersionIsRefusedClearly() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault vault = create(dir)) {
            vault.write("simulating a newer app", c -> c.createStatement().executeUpdate(
                    "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                            + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                            + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'caravan', 1, TRUE)"));
        }

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));

        assertEquals(Kind.NEWER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("newer version of Caravan"), e.getMessage());
    }

    @Test
    void aDatabaseWithObjectsCaravanNeverCreatesIsRefused() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault vault = create(dir)) {
            vault.write("planting a linked table", c -> c.createStatement().executeUpdate(
                    "CREATE FORCE LINKED TABLE planted('org.h2.Driver', 'jdbc:h2:mem:elsewhere', 'sa', '', 'T')"));
        }

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, Fixtures.passphrase()));

        assertEquals(Kind.DATABASE_DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("linked tables"), e.getMessage());
    }

    @Test
    void refusesUnsafeNonEmptyAndExistingFolders() throws Exception {
        Path dir = temp.resolve("vault");
        create(dir).close();
        assertEquals(Kind.ALREADY_EXISTS, assertThrows(VaultException.class, () -> create(dir)).kind());

        Path notEmpty = temp.resolve("documents");
        Files.createDirectories(notEmpty);
        Files.writeString(notEmpty.resolve("thesis.txt"), "mine");
        assertEquals(Kind.NOT_A_VAULT, assertThrows(VaultException.class, () -> create(notEmpty)).kind());
        assertEquals("mine", Files.readString(notEmpty.resolve("thesis.txt")));

        Path injected = temp.resolve("v;INIT=RUNSCRIPT FROM 'x'");
        assertEquals(Kind.UNSAFE_PATH, assertThrows(VaultException.class, () -> create(injected)).kind());
        assertFalse(Files.exists(injected));

        assertEquals(Kind.NOT_A_VAULT,
                assertThrows(VaultException.class, () -> Vault.open(temp.resolve("nothing"), Fixtures.passphrase())).kind());
    }

    @Test
    void keyFileIsJsonWithTheKdfParametersAndNoKeyInClear() throws IOException, VaultException {
        Path dir = temp.resolve("vault");
        create(dir).close();
        String json = Files.readString(dir.resolve(VaultPaths.KEY_FILE), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"algorithm\" : \"argon2id\""), json);
        assertTrue(json.contains("\"memoryKiB\" : 1024"), json);
        assertTrue(json.contains("\"cipher\" : \"AES-256-GCM\""), json);
        if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(VaultPaths.KEY_FILE))));
        }
    }
}
