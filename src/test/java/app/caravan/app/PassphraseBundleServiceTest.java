package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.BundleService.Sealed;
import app.caravan.domain.Interview;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field vault seals to a courier passphrase; a desk vault imports it with the same passphrase. */
class PassphraseBundleServiceTest {
    @TempDir
    Path temp;
    VaultSession field;
    VaultSession desk;

    @BeforeEach
    void open() throws Exception {
        field = Fixtures.fastVaults().create(temp.resolve("field"), Fixtures.passphrase());
        desk = Fixtures.fastVaults().create(temp.resolve("desk"), Fixtures.passphrase());
        // age's 18 costs 256 MiB and a second per derivation; the stanza format is the same at 10.
        ((LocalBundleService) field.bundles()).passphraseWorkFactor = 10;
    }

    @AfterEach
    void close() {
        field.close();
        desk.close();
    }

    DeskImportService.Result importWith(Path file, String passphrase) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return desk.deskImport().importBundleWithPassphrase(in, passphrase.toCharArray(),
                    field.keys().device().fingerprint());
        }
    }

    @Test
    void sealsToThePassphraseAloneWithoutADeskRecipientAndTheDeskImportsIt() throws Exception {
        Interview interview = Fixtures.consentedInterview(field);
        Path file = temp.resolve("courier.age");
        char[] passphrase = "courier-7".toCharArray();
        Optional<Sealed> sealed = field.bundles().sealWithPassphrase(passphrase, false, file);

        assertEquals(1, sealed.orElseThrow().sequence());
        assertEquals('c', passphrase[0], "the caller's array is the caller's to wipe");
        String header = new String(Files.readAllBytes(file), 0, 80, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("age-encryption.org/v1\n-> scrypt "), header);
        assertEquals(1, header.split("\n-> ").length - 1, "the passphrase is the only recipient: " + header);
        assertEquals(1, field.sync().outbox().size(), "queued in the outbox like any bundle");
        assertTrue(field.bundles().sealWithPassphrase(passphrase, false, file).isEmpty(), "nothing new to send");

        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> importWith(file, "courier-8"));
        assertEquals("Wrong passphrase: it does not open this age"
                + " file", wrong.getMessage());
        assertTrue(desk.interviews().list().isEmpty());

        DeskImportService.Result result = importWith(file, "courier-7");
        assertEquals(1, result.added());
        assertEquals(field.interviews().get(interview.id()), desk.interviews().get(interview.id()));
    }

    @Test
    void anEmptyPassphraseSealsNothing() throws Exception {
        Fixtures.consentedInterview(field);
        Path file = temp.resolve("courier.age");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> field.bundles().sealWithPassphrase(new char[0], false, file));
        assertTrue(e.getMessage().contains("passphrase is empty"), e.getMessage());
        assertFalse(Files.exists(file));
        assertTrue(field.sync().outbox().isEmpty());
    }
}
