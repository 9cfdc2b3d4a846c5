package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.main.MainWindow;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transcript stays fluid with a 200 KB interview and 1,000 coded segments: the time to
 * open it with its highlighting, and the time per keystroke (edit, segments moved, highlighting
 * re-applied, a frame drawn). Figures go to {@code target/fluidity.txt} and the README; they are
 * reported, not asserted, because timing bounds in unit tests flake on a busy machine (the
 * project measures speed in benchmarks). What is asserted is correctness at that size.
 */
class TranscriptFluidityTest extends UiRobot {
    private static final int SEGMENTS = TranscriptFluidity.SEGMENTS;

    @TempDir
    Path temp;
    private ShellFixture app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.dispose();
        }
    }

    @Test
    void longTranscriptWithAThousandSegmentsStaysFluid() throws Exception {
        InMemoryVaultService vaults = new InMemoryVaultService();
        Path dir = temp.resolve("vault");
        String text = TranscriptFluidity.transcript();
        List<Segment> segments = TranscriptFluidity.segments(text.length());
        try (VaultSession session = vaults.create(dir, "correct horse".toCharArray())) {
            Interview i = session.interviews().create("Long");
            session.interviews().save(i.toBuilder().transcript(text).segments(segments)
                    .consent(new Consent(true, false, false, false, false, false, ConsentMethod.VERBAL,
                            OffsetDateTime.now(), null)).build());
        }
        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        click("#passphrase");
        write("correct horse").type(KeyCode.ENTER);
        await(this, "#mainWindow");
        EditorView editor = fx(() -> app.shell.mainWindow().map(MainWindow::library).orElseThrow().editor());
        TranscriptArea area = editor.transcript.area();
        Interview stored = vaults.vault(dir).interviews().values().iterator().next();

        // Opening: the text, all segments shifted into place and the whole highlighting applied.
        long[] open = new long[1];
        interact(() -> open[0] = TranscriptFluidity.open(editor, stored));
        double openMs = open[0] / 1e6;
        assertEquals(text.length(), fx(() -> area.area().getLength()));
        assertTrue(fx(() -> area.applied().runCount()) > SEGMENTS, "every segment is highlighted");

        // Keystrokes in the middle, before 500 segments, handled one by one as the area would.
        interact(() -> editor.tabs.getSelectionModel().select(editor.transcriptTab));
        InlineCssTextArea rich = area.area();
        int at = text.length() / 2;
        int keys = 300;
        // One key at a time, each fully handled before the next, timed on the FX thread itself.
        long[][] handler = new long[1][];
        interact(() -> handler[0] = TranscriptFluidity.insertions(editor, at, keys));
        double perKeyHandlerMs = TranscriptFluidity.mean(handler[0]) / 1e6;

        // The same through the keyboard: key events queued as fast as a person types in a burst,
        // each one edited, restyled and drawn; the time until the last one is on screen.
        interact(() -> {
            rich.requestFocus();
            rich.moveTo(at);
        });
        String typed = "Работаю удалённо, как и раньше. ".repeat(3);
        long typing = System.nanoTime();
        write(typed);
        waitUntil(() -> fx(rich::getText).length() == text.length() + keys + typed.length());
        double perKeyTypedMs = (System.nanoTime() - typing) / 1e6 / typed.length();
        assertEquals(SEGMENTS, fx(() -> editor.vm.segments.size()), "typing removes no segment");
        Segment last = fx(() -> editor.vm.segments.get(SEGMENTS - 1));
        assertEquals(segments.get(SEGMENTS - 1).start() + keys + typed.length(), last.start(),
                "segments after the typing moved with it");

        // The bench's timing of each key to its painted frame: real pulses, each key drawn before the next.
        int lengthBefore = fx(rich::getLength);
        java.util.concurrent.CompletableFuture<KeystrokeTiming.Keys> timing = new java.util.concurrent.CompletableFuture<>();
        interact(() -> KeystrokeTiming.type(rich, rich.getScene(), at, 20).whenComplete((done, error) -> {
            if (error != null) {
                timing.completeExceptionally(error);
            } else {
                timing.complete(done);
            }
        }));
        KeystrokeTiming.Keys timed = timing.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(lengthBefore + 20, fx(rich::getLength), "every timed key reached the transcript");
        for (int k = 0; k < timed.count(); k++) {
            assertTrue(0 < timed.handled()[k] && timed.handled()[k] <= timed.pulse()[k]
                    && timed.pulse()[k] <= timed.laidOut()[k] && timed.laidOut()[k] <= timed.painted()[k],
                    "key " + k + ": handled, pulse, laid out and painted in that order");
            assertTrue(timed.fxCpu()[k] > 0, "key " + k + " used the FX thread");
        }
        double paintedP95Ms = TranscriptFluidity.percentile(timed.painted(), 95) / 1e6;

        String report = String.format(Locale.ROOT, "transcript %d chars, %d segments%n"
                + "open with full highlighting: %.1f ms%n"
                + "per keystroke (edit + segment shift + incremental restyle): %.2f ms%n"
                + "per typed key, a burst of keyboard events until all are on screen: %.2f ms%n"
                + "key event to painted frame, 20 keys one at a time: p95 %.2f ms%n",
                text.length(), SEGMENTS, openMs, perKeyHandlerMs, perKeyTypedMs, paintedP95Ms);
        System.out.print(report);
        writeReport(report);
    }

    private static void writeReport(String report) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fluidity.txt"), report);
    }
}
