package app.caravan.ui.sync;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.QrPngs;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.DeskRecipient;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.RealVaultUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk recipients added on the Sync page from a QR image and from a text file, checked in the real vault. */
class RecipientsFromFilesOnRealVaultTest extends RealVaultUiTest {
    @TempDir
    Path temp;
    @Test
    void addsARecipientFromAQrImageAndTwoFromAFile() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            session.keys().device();
        }
        String anna;
        String boris;
        String carla;
        String secret;
        try (AgeIdentity a = AgeIdentity.generate(); AgeIdentity b = AgeIdentity.generate();
                AgeIdentity c = AgeIdentity.generate()) {
            anna = a.recipient().value();
            boris = b.recipient().value();
            carla = c.recipient().value();
            secret = new String(c.toChars());
        }
        Path qr = QrPngs.write(temp.resolve("anna.png"), "png", anna, 4, false);
        Path blank = QrPngs.blank(temp.resolve("blank.png"), 160, 160);
        Path identity = Files.writeString(temp.resolve("key.txt"), "# public key: " + carla + "\n" + secret + "\n");
        Path desk = Files.writeString(temp.resolve("desk.txt"), "# desk keys\n" + boris + "\n# public key: " + carla + "\n");

        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-sync");
        await(this, "#recipientFromQr");

        // An image without a code: the reason shows inline, like a pasted key's.
        app.dialogs.openFile = blank;
        click("#recipientFromQr");
        waitUntil(() -> textOfAll(".field-error").contains("No QR code found in"));

        app.dialogs.openFile = qr;
        typeInto("#recipientLabel", "Anna desk");
        click("#recipientFromQr");
        waitUntil(() -> lookup(".recipient-row").tryQuery().isPresent());
        assertTrue(textOfAll(".recipient-row .label").contains("Anna desk"));
        assertTrue(textOfAll(".recipient-row .label").contains(anna));

        // A whole identity file is refused and the secret is not shown.
        app.dialogs.openFile = identity;
        click("#recipientsFromFile");
        waitUntil(() -> textOfAll(".field-error").contains("SECRET age key"));
        assertFalse(textOfAll(".field-error").contains(secret.substring(20)), "the secret is never shown");

        app.dialogs.openFile = desk;
        click("#recipientsFromFile");
        waitUntil(() -> lookup(".recipient-row").queryAll().size() == 3);
        assertFalse(textOfAll(".field-error").contains("SECRET"), "the error is cleared after a success");
        Screenshots.save(app.stage.getScene(), "20-sync-recipients-from-files");
        app.close();
        app = null;

        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            List<DeskRecipient> recipients = session.keys().recipients();
            assertEquals(List.of(anna, boris, carla), recipients.stream().map(DeskRecipient::recipient).toList());
            assertEquals("Anna desk", recipients.get(0).label());
        }
    }

    private String textOfAll(String query) {
        return fx(() -> lookup(query).queryAll().stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce("", String::concat));
    }
}
