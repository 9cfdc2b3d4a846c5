package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.DeskRecipient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device keys live in a real encrypted vault: created with it, stable across opens, never on disk in clear. */
class KeysServiceTest {
    private static final Pattern FINGERPRINT = Pattern.compile("([0-9A-F]{4}-){7}[0-9A-F]{4}");

    @TempDir
    Path dir;

    @Test
    void aNewVaultHasStableDeviceKeys() throws Exception {
        KeysService.DeviceIdentity first;
        char[] secret;
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            first = session.keys().device();
            secret = session.keys().exportIdentity();
        }
        assertTrue(first.recipient().startsWith("age1"), first.recipient());
        assertTrue(FINGERPRINT.matcher(first.fingerprint()).matches(), first.fingerprint());
        try (AgeIdentity identity = AgeIdentity.parse(secret)) {
            assertEquals(first.recipient(), identity.recipient().value(), "exported identity belongs to the recipient");
        }
        try (VaultSession session = Fixtures.fastVaults().open(dir.resolve("v"), Fixtures.passphrase())) {
            assertEquals(first, session.keys().device());
        }
        // The secret key is stored inside the encrypted database only.
        String marker = new String(secret, 16, 20);
        for (Path file : Fixtures.filesUnder(dir)) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertTrue(!content.contains(marker) && !content.contains(marker.toLowerCase()), file.toString());
        }
    }

    @Test
    void recipientsAreValidatedAndNotDuplicated() throws Exception {
        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            DeskRecipient added = keys.addRecipient("  " + desk + "\n", "Editor Anna");
            assertEquals(desk, added.recipient());
            assertEquals(List.of(added), keys.recipients());

            String duplicate = assertThrows(InvalidInputException.class, () -> keys.addRecipient(desk.toUpperCase(), null))
                    .getMessage();
            assertTrue(duplicate.contains("already"), duplicate);
            String own = assertThrows(InvalidInputException.class,
                    () -> keys.addRecipient(keys.device().recipient(), null)).getMessage();
            assertTrue(own.contains("own key"), own);
            String typo = desk.substring(0, 10) + (desk.charAt(10) == 'q' ? 'p' : 'q') + desk.substring(11);
            String checksum = assertThrows(InvalidInputException.class, () -> keys.addRecipient(typo, null)).getMessage();
            assertTrue(checksum.contains("checksum"), checksum);
            String secret = assertThrows(InvalidInputException.class,
                    () -> keys.addRecipient("AGE-SECRET-KEY-1" + "Q".repeat(58), null)).getMessage();
            assertTrue(secret.contains("secret"), secret);
            String shortKey = assertThrows(InvalidInputException.class, () -> keys.addRecipient("age1abc", null))
                    .getMessage();
            assertTrue(shortKey.contains("not 62"), shortKey);

            keys.removeRecipient(desk);
            assertEquals(List.of(), keys.recipients());
            assertThrows(NotFoundException.class, () -> keys.removeRecipient(desk));
        }
    }
}
