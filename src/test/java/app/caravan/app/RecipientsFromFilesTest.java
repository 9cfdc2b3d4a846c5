package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.QrPngs;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.DeskRecipient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk recipients read from real text files and QR images into a real encrypted vault. */
class RecipientsFromFilesTest {
    @TempDir
    Path dir;
    String anna;
    String boris;
    String annaSecret;

    @BeforeEach
    void keys() throws Exception {
        try (AgeIdentity a = AgeIdentity.generate(); AgeIdentity b = AgeIdentity.generate()) {
            anna = a.recipient().value();
            boris = b.recipient().value();
            annaSecret = new String(a.toChars());
        }
    }

    /** An identity file as age-keygen writes it, from a real {@link AgeIdentity}. */
    private String identityFile(String recipient, String secret) {
        return "# created: 2026-11-21T10:00:00Z\n# public key: " + recipient + "\n" + secret + "\n";
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsRecipientsWithCommentsAndThePublicKeyLineAndAddsThemAllInOrder() throws Exception {
        String publicLine = identityFile(anna, annaSecret).lines().filter(l -> l.contains("public key")).findFirst()
                .orElseThrow();
        Path handedOver = file("desk.txt", "# desk keys, 2026\n\n" + publicLine + "\r\n   \n  " + boris.toUpperCase(Locale.ROOT)
                + "  \n# end\n");
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            assertEquals(List.of(anna, boris), keys.recipientsIn(handedOver));
            List<DeskRecipient> added = keys.addRecipients(keys.recipientsIn(handedOver), " Desk ");
            assertEquals(List.of(anna, boris), added.stream().map(DeskRecipient::recipient).toList());
            assertEquals(added, keys.recipients(), "listed in the order of the file, with the label");
            assertEquals("Desk", keys.recipients().get(1).label());
        }
    }

    @Test
    void aSecretKeyIsRefusedWithoutEverQuotingIt() throws Exception {
        Path identity = file("key.txt", identityFile(anna, annaSecret));
        Path lowerCase = file("lower.txt", boris + "\n" + annaSecret.toLowerCase(Locale.ROOT) + "\n");
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            String message = assertThrows(InvalidInputException.class, () -> keys.recipientsIn(identity)).getMessage();
            assertTrue(message.startsWith(identity + ", line 3 holds a SECRET age key"), message);
            assertTrue(message.contains("must never leave the editor's machine"), message);
            assertSecretAbsent(message);
            String lower = assertThrows(InvalidInputException.class, () -> keys.recipientsIn(lowerCase)).getMessage();
            assertTrue(lower.startsWith(lowerCase + ", line 2 holds a SECRET"), lower);
            assertSecretAbsent(lower);
            assertEquals(List.of(), keys.recipients());
        }
    }

    private void assertSecretAbsent(String message) {
        String body = annaSecret.substring("AGE-SECRET-KEY-1".length());
        assertFalse(message.toUpperCase(Locale.ROOT).contains(body.substring(0, 12)), message);
    }

    @Test
    void aBadLineIsNamedByFileAndLineAndNothingIsAdded() throws Exception {
        Path typo = file("typo.txt", anna + "\n# Boris\nage1notakey\n");
        Path twice = file("twice.txt", anna + "\n" + boris + "\n" + anna + "\n");
        Path empty = file("empty.txt", "# nothing here\n\n");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
        Path large = Files.write(dir.resolve("large.txt"), new byte[64 * 1024 + 1]);
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            String bad = assertThrows(InvalidInputException.class, () -> keys.recipientsIn(typo)).getMessage();
            assertTrue(bad.startsWith(typo + ", line 3: ") && bad.contains("not 62 Bech32 characters"), bad);
            String repeated = assertThrows(InvalidInputException.class, () -> keys.recipientsIn(twice)).getMessage();
            assertTrue(repeated.startsWith(twice + ", line 3: the recipient " + anna + " is already on line 1"), repeated);
            assertTrue(assertThrows(InvalidInputException.class, () -> keys.recipientsIn(empty)).getMessage()
                    .contains("holds no age1… recipient"));
            assertTrue(assertThrows(InvalidInputException.class, () -> keys.recipientsIn(binary)).getMessage()
                    .contains("is not a UTF-8 text file"));
            assertTrue(assertThrows(InvalidInputException.class, () -> keys.recipientsIn(large)).getMessage()
                    .contains("is larger than 64 KiB"));
            assertTrue(assertThrows(InvalidInputException.class, () -> keys.recipientsIn(dir.resolve("missing.txt")))
                    .getMessage().endsWith("missing.txt: no such file"));

            // All or nothing: one recipient already present, or this device's own key, stops the whole list.
            keys.addRecipient(boris, "Boris");
            String present = assertThrows(InvalidInputException.class,
                    () -> keys.addRecipients(List.of(anna, boris), null)).getMessage();
            assertTrue(present.contains(boris + " is already in the list") && present.contains("nothing was added"),
                    present);
            String own = assertThrows(InvalidInputException.class,
                    () -> keys.addRecipients(List.of(anna, keys.device().recipient()), null)).getMessage();
            assertTrue(own.contains("own key"), own);
            assertEquals(List.of(boris), keys.recipients().stream().map(DeskRecipient::recipient).toList());
        }
    }

    @Test
    void readsTheRecipientFromAQrImage() throws Exception {
        Path png = QrPngs.write(dir.resolve("anna.png"), "png", anna, 4, false);
        Path darkTheme = QrPngs.write(dir.resolve("dark.png"), "png", boris.toUpperCase(Locale.ROOT), 3, true);
        Path jpeg = QrPngs.write(dir.resolve("photo.jpg"), "jpg", anna, 6, false);
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            assertEquals(anna, keys.recipientFromQrImage(png));
            assertEquals(boris, keys.recipientFromQrImage(darkTheme), "light on dark and upper case are read too");
            assertEquals(anna, keys.recipientFromQrImage(jpeg));
            keys.addRecipient(keys.recipientFromQrImage(png), "Anna");
            String again = assertThrows(InvalidInputException.class,
                    () -> keys.addRecipient(keys.recipientFromQrImage(jpeg), null)).getMessage();
            assertTrue(again.contains("already"), again);
        }
    }

    @Test
    void qrImagesWithoutARecipientAreRefusedWithTheReason() throws Exception {
        Path text = QrPngs.write(dir.resolve("wifi.png"), "png", "WIFI:S:field;T:WPA;P:hunter2;;", 4, false);
        Path secret = QrPngs.write(dir.resolve("secret.png"), "png", annaSecret, 4, false);
        Path blank = QrPngs.blank(dir.resolve("blank.png"), 200, 150);
        Path notImage = file("notes.png", "just text\n");
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            KeysService keys = session.keys();
            assertEquals("The QR code in " + text + " does not hold an age1… recipient; it must show the desk's public key",
                    assertThrows(InvalidInputException.class, () -> keys.recipientFromQrImage(text)).getMessage());
            String secretMessage = assertThrows(InvalidInputException.class, () -> keys.recipientFromQrImage(secret))
                    .getMessage();
            assertTrue(secretMessage.startsWith("The QR code in " + secret + " holds a SECRET age key"), secretMessage);
            assertSecretAbsent(secretMessage);
            String none = assertThrows(InvalidInputException.class, () -> keys.recipientFromQrImage(blank)).getMessage();
            assertTrue(none.startsWith("No QR code found in " + blank), none);
            String unreadable = assertThrows(InvalidInputException.class, () -> keys.recipientFromQrImage(notImage))
                    .getMessage();
            assertTrue(unreadable.startsWith(notImage + " could not be read as a PNG or JPEG image"), unreadable);
            assertEquals(List.of(), keys.recipients());
        }
    }
}
