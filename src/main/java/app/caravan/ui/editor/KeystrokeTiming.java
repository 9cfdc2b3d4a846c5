package app.caravan.ui.editor;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * Keys typed one at a time into the transcript, each timed from the moment its key event is
 * dispatched until the frame that shows it has been painted: the event's handling, the wait for
 * the next pulse, that pulse's CSS and layout pass, and the render thread drawing the frame.
 * Nothing is forced: the toolkit's own pulse does the CSS and layout (forcing {@code applyCss()}
 * on the root would restyle every node of the window, which a pulse never does), and a render job
 * queued behind the pulse's paint marks the frame as drawn. The next key is typed only after
 * that, so frames never pile up. Runs on the FX thread; completes there.
 */
final class KeystrokeTiming {
    /**
     * Per key, nanoseconds from dispatch to: the event handled, the pulse started, CSS and layout
     * done, painted; and the CPU time the FX thread and the render thread spent meanwhile, which
     * other processes on a busy machine do not inflate the way they stretch the wall clock.
     */
    record Keys(long[] handled, long[] pulse, long[] laidOut, long[] painted, long[] fxCpu, long[] renderCpu) {
        int count() {
            return painted.length;
        }

        /** The nanoseconds of each key's own work: the whole latency without the wait for the pulse. */
        long[] work() {
            long[] out = new long[painted.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = painted[k] - (pulse[k] - handled[k]);
            }
            return out;
        }

        /** The CPU nanoseconds of each key, FX and render thread together. */
        long[] cpu() {
            long[] out = new long[painted.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = fxCpu[k] + renderCpu[k];
            }
            return out;
        }

        /** The nanoseconds each key waited between being handled and the pulse that drew it. */
        long[] waited() {
            long[] out = new long[painted.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = pulse[k] - handled[k];
            }
            return out;
        }
    }

    private final InlineCssTextArea area;
    private final Scene scene;
    private final Keys keys;
    private final CompletableFuture<Keys> done = new CompletableFuture<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long renderThread = -1;
    private long fxCpuAtDispatch;
    private long renderCpuAtDispatch;
    private final Runnable beforeLayout = this::pulseStarted;
    private final Runnable afterLayout = this::laidOut;
    private int current = -1;
    private long dispatched;
    private boolean waitingForPulse;

    private KeystrokeTiming(InlineCssTextArea area, Scene scene, int count) {
        this.area = area;
        this.scene = scene;
        this.keys = new Keys(new long[count], new long[count], new long[count], new long[count], new long[count],
                new long[count]);
    }

    /** Types {@code count} keys at {@code at} (the caret follows the typing), each as described above. */
    static CompletableFuture<Keys> type(InlineCssTextArea area, Scene scene, int at, int count) {
        KeystrokeTiming timing = new KeystrokeTiming(area, scene, count);
        area.requestFocus();
        area.moveTo(at);
        scene.addPreLayoutPulseListener(timing.beforeLayout);
        scene.addPostLayoutPulseListener(timing.afterLayout);
        // Starts once the render thread is known and idle, so the first key waits on nothing else.
        Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(() -> {
            timing.renderThread = Thread.currentThread().getId();
            Platform.runLater(timing::next);
        })));
        return timing.done;
    }

    private void next() {
        current++;
        if (current == keys.count()) {
            scene.removePreLayoutPulseListener(beforeLayout);
            scene.removePostLayoutPulseListener(afterLayout);
            done.complete(keys);
            return;
        }
        try {
            fxCpuAtDispatch = threads.getCurrentThreadCpuTime();
            renderCpuAtDispatch = threads.getThreadCpuTime(renderThread);
            dispatched = System.nanoTime();
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, "ж", "", KeyCode.UNDEFINED, false, false, false,
                    false));
            keys.handled()[current] = System.nanoTime() - dispatched;
            waitingForPulse = true;
            Platform.requestNextPulse();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void pulseStarted() {
        if (waitingForPulse && keys.pulse()[current] == 0) {
            keys.pulse()[current] = System.nanoTime() - dispatched;
        }
    }

    private void laidOut() {
        if (!waitingForPulse) {
            return;
        }
        waitingForPulse = false;
        keys.laidOut()[current] = System.nanoTime() - dispatched;
        // The pulse submits its paint to the render thread after this listener; a job queued once the
        // pulse is over runs behind that paint on the same single render thread.
        int key = current;
        Platform.runLater(() -> {
            keys.fxCpu()[key] = threads.getCurrentThreadCpuTime() - fxCpuAtDispatch;
            Toolkit.getToolkit().addRenderJob(new RenderJob(() -> {
                keys.painted()[key] = System.nanoTime() - dispatched;
                keys.renderCpu()[key] = threads.getCurrentThreadCpuTime() - renderCpuAtDispatch;
                Platform.runLater(this::next);
            }));
        });
    }

    private void fail(Throwable e) {
        scene.removePreLayoutPulseListener(beforeLayout);
        scene.removePostLayoutPulseListener(afterLayout);
        done.completeExceptionally(e);
    }
}
