package app.caravan.ui.sync;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import app.caravan.domain.OutboxBundle;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.RealVaultUiTest;
import app.caravan.ui.support.UiRobot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The courier passphrase dialog and the desk import (trust on first use, courier passphrase) on
 * real encrypted vaults with the real bundle and import services; results are checked in the
 * vaults afterwards.
 */
class CourierAndDeskImportOnRealVaultTest extends RealVaultUiTest {
    private static final String COURIER = "seven camels at dawn";

    @TempDir
    Path temp;
    @Test
    void sealsForACourierThroughTheDialog() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            Fixtures.consentedInterview(session);
        }
        openSyncPage(vaults, dir);

        click("#sealForCourier");
        await(this, "#courierPassphrase");
        Button seal = dialogButton("Seal");
        typeIn("#courierPassphrase", "too short");
        assertEquals("The passphrase must have at least 12 characters; it has 9.", textOf("#courierError"));
        assertTrue(fx(seal::isDisabled));
        interact(() -> lookup("#courierPassphrase").queryAs(javafx.scene.control.PasswordField.class).clear());
        typeIn("#courierPassphrase", COURIER);
        typeIn("#courierRepeat", COURIER + "!");
        assertEquals("The two passphrases are not the same.", textOf("#courierError"));
        assertTrue(fx(seal::isDisabled));
        typeIn("#courierRepeat", "\b");
        assertEquals("", textOf("#courierError"));
        assertFalse(fx(() -> lookup("#courierIncludeIdentity").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()), "real names stay at home unless asked for");
        Path copy = temp.resolve("stick").resolve("courier.age");
        Files.createDirectories(copy.getParent());
        app.dialogs.saveFile = copy;
        click("#courierChooseCopy");
        awaitText("#courierCopyTo", copy.toString());
        Screenshots.save(fx(() -> seal.getScene()), "21-sync-courier-dialog");
        click(seal);

        TableView<OutboxBundle> outbox = lookup("#outbox").query();
        waitUntil(() -> fx(() -> outbox.getItems().size()) == 1);
        waitUntil(() -> textOf("#syncStatus").startsWith("Bundle 1 sealed for the courier: 1 interviews"));
        assertTrue(textOf("#syncStatus").contains(copy.toString()), textOf("#syncStatus"));
        assertCourierFile(copy);
        app.close();
        app = null;

        // The bundle queued in the outbox is the passphrase one: deliver it and look at the file.
        Path usb = Files.createDirectories(temp.resolve("usb"));
        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            session.sync().addFolder(usb);
            session.sync().deliver(true, p -> { }, () -> false);
        }
        List<Path> delivered = Fixtures.filesUnder(usb);
        assertEquals(1, delivered.size(), delivered.toString());
        assertCourierFile(delivered.get(0));
    }

    @Test
    void importsAFieldBundleAfterTheEditorTrustsTheDeviceThenACourierBundle() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path deskDir = temp.resolve("desk");
        String deskRecipient;
        try (VaultSession desk = vaults.create(deskDir, Fixtures.passphrase())) {
            deskRecipient = desk.keys().device().recipient();
        }
        Path keyBundle = temp.resolve("field-1.age");
        Path courierBundle = temp.resolve("field-2.age");
        String fingerprint;
        Interview first;
        try (VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase())) {
            field.keys().addRecipient(deskRecipient, "desk");
            fingerprint = field.keys().device().fingerprint();
            first = Fixtures.consentedInterview(field);
            field.bundles().seal(List.of(), false, keyBundle).orElseThrow();
            field.interviews().save(first.toBuilder().transcript("A second visit, the same evening.").build());
            field.bundles().sealWithPassphrase(COURIER.toCharArray(), false, courierBundle).orElseThrow();
        }

        // Cancel: the device stays unknown and the vault unchanged.
        openSyncPage(vaults, deskDir);
        app.dialogs.openFile = keyBundle;
        click("#importBundle");
        await(this, "#trustFingerprint");
        assertEquals(fingerprint, textOf("#trustFingerprint"));
        click(dialogButton("Cancel"));
        awaitText("#importStatus", "The device was not trusted; nothing was imported.");
        app.close();
        app = null;
        try (VaultSession desk = vaults.open(deskDir, Fixtures.passphrase())) {
            assertTrue(desk.interviews().list().isEmpty(), "nothing imported after Cancel");
        }

        openSyncPage(vaults, deskDir);
        app.dialogs.openFile = keyBundle;
        click("#importBundle");
        await(this, "#trustFingerprint");
        assertEquals(fingerprint, textOf("#trustFingerprint"));
        Screenshots.save(fx(() -> lookup("#trustFingerprint").query().getScene()), "22-sync-trust-device");
        click(dialogButton("Trust and import"));
        waitUntil(() -> textOf("#importStatus").contains("1 added"));
        assertTrue(textOf("#importStatus").startsWith("Bundle 1 from device "), textOf("#importStatus"));

        // The same file again changes nothing and says so.
        click("#importBundle");
        waitUntil(() -> textOf("#importStatus").contains("was already imported"));

        // A courier's file is recognised by its header and opens with the passphrase; the device is known now.
        app.dialogs.openFile = courierBundle;
        click("#importBundle");
        await(this, "#importPassphrase");
        typeIn("#importPassphrase", "not the courier's");
        click(dialogButton("Open and import"));
        awaitText("#importStatus", "field-2.age was not imported: Wrong passphrase: it does not open this age file");
        click("#importBundle");
        javafx.scene.control.PasswordField passphrase = await(this, "#importPassphrase");
        typeIn("#importPassphrase", COURIER);
        click(dialogButton("Open and import"));
        waitUntil(() -> textOf("#importStatus").contains("1 updated"));
        assertEquals("", fx(passphrase::getText), "the passphrase does not stay in the closed dialog");
        interact(() -> lookup("#sync").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        Screenshots.save(app.stage.getScene(), "23-sync-import");
        app.close();
        app = null;

        try (VaultSession desk = vaults.open(deskDir, Fixtures.passphrase())) {
            assertEquals(1, desk.interviews().list().size());
            assertEquals("A second visit, the same evening.", desk.interviews().get(first.id()).transcript());
        }
    }

    private void openSyncPage(LocalVaultService vaults, Path dir) throws Exception {
        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-sync");
        await(this, "#importBundle");
    }

    /**
     * Clicks the field and types into the scene it is in, key by key (a backspace for '\b'):
     * {@link UiRobot#write} aims at the focused window, which a dialog under Monocle may not be.
     */
    private void typeIn(String query, String text) {
        Node field = await(this, query);
        click(field);
        javafx.scene.Scene scene = fx(field::getScene);
        // A click lands the caret wherever the pointer is; typing goes on from the end.
        robotContext().getBaseRobot().typeKeyboard(scene, KeyCode.END, "");
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\b' ? KeyCode.BACK_SPACE : KeyCode.UNDEFINED;
            robotContext().getBaseRobot().typeKeyboard(scene, code, c == '\b' ? "" : String.valueOf(c));
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The button labelled {@code text} in the dialog that is showing. */
    private Button dialogButton(String text) {
        waitUntil(() -> lookup(".dialog-pane .button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .tryQuery().isPresent());
        return lookup(".dialog-pane .button").match((Node n) -> n instanceof Button b && text.equals(b.getText()))
                .query();
    }

    private static void assertCourierFile(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String header = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("age-encryption.org/v1\n-> scrypt "), header);
        assertEquals(1, header.split("\n-> ").length - 1, "the passphrase is the only recipient: " + header);
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("Timur"), "no plaintext in the file");
    }
}
