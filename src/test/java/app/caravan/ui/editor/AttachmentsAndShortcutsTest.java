package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Attachment;
import app.caravan.ui.support.Screenshots;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/** Attachments (consent, progress and cancel, the player and transcript marks) and the F1 overview. */
class AttachmentsAndShortcutsTest extends CaptureTest {
    @Test
    void filesGoIntoTheVaultAudioNeedsConsentAndAMarkSeeksThePlayer() throws Exception {
        vault.open(this, "Timur");
        Path photo = Files.write(temp.resolve("consent-form.jpg"), new byte[2_500]);
        Path audio = Files.write(temp.resolve("interview.wav"), wav(3));
        vault.app.dialogs.openFile = photo;
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitText("#attachmentsMessage", "consent-form.jpg was added.");
        ListView<Attachment> list = lookup("#attachments").queryListView();
        assertEquals(1, fx(() -> list.getItems().size()));

        vault.app.dialogs.openFile = audio;
        click("#addAttachment");
        awaitText("#attachmentsMessage", "The file could not be added: audio needs the interviewee’s consent to audio"
                + " recording (Consent tab)");
        click("#consent-audioRecording");
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").consent().audioRecording());
        click("#addAttachment");
        awaitText("#attachmentsMessage", "interview.wav was added.");
        assertEquals(2, vault.vaults.vault(vault.dir).attachmentCount());
        assertTrue(fx(() -> ((Label) list.lookup(".attachment-name")).getText()).equals("consent-form.jpg"));

        // A long upload can be cancelled; nothing of it stays.
        vault.vaults.vault(vault.dir).slowAttachments(150);
        vault.app.dialogs.openFile = Files.write(temp.resolve("long.wav"), wav(30));
        click("#addAttachment");
        waitUntil(() -> shown("#cancelUpload"));
        click("#cancelUpload");
        awaitText("#attachmentsMessage", "Adding the file was cancelled; nothing of it was kept.");
        assertEquals(2, vault.vaults.vault(vault.dir).attachmentCount());
        vault.vaults.vault(vault.dir).slowAttachments(0);

        // Clicking [00:01:10] in the transcript loads the recording and seeks there.
        reveal("#transcript");
        InlineCssTextArea area = vault.transcript(this);
        int mark = CaptureFixture.TRANSCRIPT.indexOf("[00:01:10]") + 3;
        Bounds bounds = fx(() -> area.getCharacterBoundsOnScreen(mark, mark + 1).orElseThrow());
        moveTo(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        clickOn(MouseButton.PRIMARY);
        reveal("#playerPosition");
        awaitText("#playerTitle", "interview.wav");
        awaitText("#playerPosition", "00:01:10");
        Screenshots.save(vault.app.stage.getScene(), "29-attachments");

        interact(() -> list.getSelectionModel().select(0));
        click("#deleteAttachment");
        waitUntil(() -> vault.vaults.vault(vault.dir).attachmentCount() == 1);
    }

    @Test
    void f1ShowsEveryShortcut() {
        vault.open(this, "Timur");
        press(KeyCode.F1).release(KeyCode.F1);
        await(this, "#shortcutsOverlay");
        assertTrue(lookup("#shortcutsOverlay .label").match(n -> "Insert [hh:mm:ss] of the timer"
                .equals(((Label) n).getText())).tryQuery().isPresent());
        assertTrue(lookup("#shortcutsOverlay .label").match(n -> ((Label) n).getText().startsWith("Ctrl+1"))
                .tryQuery().isPresent());
        Screenshots.save(vault.app.stage.getScene(), "30-shortcuts-overlay");
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertEquals("00:00:00", textOf("#timerTime"), "keys do nothing behind the overview");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !shown("#shortcutsOverlay"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHIFT, KeyCode.CONTROL);
        await(this, "#codebook");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHIFT, KeyCode.CONTROL);
        await(this, "#library");
        assertTrue(lookup("#codebook").tryQuery().isEmpty(), "the codebook page was left");
    }

    /** {@code seconds} of 8 kHz mono silence as WAV. */
    private static byte[] wav(int seconds) {
        int samples = 8_000 * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8_000).putInt(16_000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        return b.array();
    }
}
