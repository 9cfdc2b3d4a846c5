package app.caravan.ui.sync;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.BundleState;
import app.caravan.domain.OutboxBundle;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.RealVaultUiTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sync page on a real encrypted vault with the real keys, bundle and sync services: what the
 * page did is checked in the vault and in the target folder afterwards, not in a fake.
 */
class SyncPageOnRealVaultTest extends RealVaultUiTest {
    @TempDir
    Path temp;
    @Test
    void addsADeskAndAFolderThenSealsAndDeliversOneBundle() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        Path usb = Files.createDirectories(temp.resolve("usb"));
        String ownRecipient;
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            Fixtures.consentedInterview(session);
            ownRecipient = session.keys().device().recipient();
        }
        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }

        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-sync");
        awaitText("#deviceRecipient", ownRecipient);
        ImageView qr = await(this, "#recipientQr");
        waitUntil(() -> fx(() -> qr.getImage() != null));
        assertEquals(ownRecipient, decode(fx(qr::getImage)), "the QR code is the recipient, readable by a scanner");
        assertFalse(fx(() -> lookup("#includeIdentity").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "real names must stay at home unless asked for");

        // A malformed key is refused inline, with the service's reason; a valid one is listed.
        typeInto("#recipientKey", "age1notakey");
        click("#addRecipient");
        waitUntil(() -> lookup(".field-error").match(n -> n.isVisible()).tryQuery().isPresent());
        assertTrue(textOfAll(".field-error").contains("62 Bech32 characters"), textOfAll(".field-error"));
        interact(() -> ((TextField) lookup("#recipientKey").query()).setText(desk));
        typeInto("#recipientLabel", "Anna desk");
        click("#addRecipient");
        waitUntil(() -> lookup(".recipient-row").tryQuery().isPresent());
        assertTrue(textOfAll(".recipient-row .label").contains("Anna desk"));

        app.dialogs.folder = usb;
        click("#addFolderTarget");
        waitUntil(() -> lookup(".target-row").tryQuery().isPresent());

        // Automatic sync would deliver right after sealing; this test walks the manual path.
        assertTrue(fx(() -> lookup("#autoSync").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "automatic sync is on by default");
        click("#autoSync");
        click("#sealBundle");
        TableView<OutboxBundle> outbox = lookup("#outbox").query();
        waitUntil(() -> fx(() -> outbox.getItems().size()) == 1);
        assertEquals(BundleState.SEALED, fx(() -> outbox.getItems().get(0).state()));

        assertTrue(shown("#syncNow"));
        type(KeyCode.F5); // the Sync now shortcut, which runs the same action as the button
        waitUntil(() -> fx(() -> outbox.getItems().size() == 1
                && outbox.getItems().get(0).state() == BundleState.DELIVERED));
        awaitText("#syncStatus", "Every bundle has been delivered.");
        waitUntil(() -> lookup("#outbox .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Delivered".equals(c.getText())).tryQuery().isPresent());
        List<Path> files = Fixtures.filesUnder(usb);
        assertEquals(1, files.size(), "one bundle file in the target: " + files);
        assertTrue(files.get(0).getFileName().toString().endsWith(".age"));
        Screenshots.save(app.stage.getScene(), "20-sync-outbox");
        interact(() -> lookup("#sync").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        Screenshots.save(app.stage.getScene(), "20-sync-device");
        app.close();
        app = null;

        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertEquals(List.of(desk), session.keys().recipients().stream().map(r -> r.recipient()).toList());
            assertEquals(BundleState.DELIVERED, session.sync().outbox().get(0).state());
            assertFalse(session.settings().syncAutomatically(), "the switch is kept in the vault");
        }
    }

    @Test
    void addsAWebDavServerAndRemovesTargetsAndRecipientsOnlyWhenConfirmed() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            session.keys().addRecipient(desk, "Anna desk");
        }
        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-sync");
        waitUntil(() -> lookup(".recipient-row").tryQuery().isPresent());

        typeInto("#webdavUrl", "https://cloud.example.org/dav/caravan");
        typeInto("#webdavUser", "anna");
        typeInto("#webdavPassword", "s3cret pass");
        click("#addWebDavTarget");
        waitUntil(() -> lookup(".target-row").tryQuery().isPresent());
        assertTrue(textOfAll(".target-row .label").contains("https://cloud.example.org/dav/caravan · anna"));
        assertEquals("", fx(() -> lookup("#webdavPassword").queryAs(TextField.class).getText()),
                "the password does not stay in the field");

        app.dialogs.confirmAnswer = false;
        click(".remove-target");
        click(".remove-recipient");
        assertEquals(2, app.dialogs.confirmations.size());
        assertTrue(lookup(".target-row").tryQuery().isPresent());
        assertTrue(lookup(".recipient-row").tryQuery().isPresent());

        app.dialogs.confirmAnswer = true;
        click(".remove-target");
        waitUntil(() -> lookup(".target-row").tryQuery().isEmpty());
        click(".remove-recipient");
        waitUntil(() -> lookup(".recipient-row").tryQuery().isEmpty());
        app.close();
        app = null;

        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            assertTrue(session.keys().recipients().isEmpty());
            assertTrue(session.sync().targets().isEmpty());
        }
    }

    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    private String textOfAll(String query) {
        return fx(() -> lookup(query).queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce("", String::concat));
    }
}
