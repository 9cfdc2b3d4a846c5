package app.caravan.ui.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For {@code caravan bench all}, which starts the app in a child JVM with
 * {@code -D}{@value #PROPERTY}{@code =true}: once the window's first frame has been drawn, prints
 * the wall clock ({@code bench.shownAtMillis=…}) and exits, so the parent can time the start
 * from process launch. Never active otherwise.
 */
public final class FirstFrame {
    public static final String PROPERTY = "caravan.bench.firstFrame";
    /** The scene is drawn during a pulse; the second pulse after showing starts once that frame is done. */
    private static final int PULSES = 2;

    private FirstFrame() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Reports and exits after the first frame of {@code stage}, which is shown now or soon. */
    public static void reportThenExit(Stage stage) {
        if (stage.isShowing()) {
            countPulses();
        } else {
            stage.setOnShown(event -> countPulses());
        }
    }

    private static void countPulses() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    stop();
                    System.out.println("bench.shownAtMillis=" + System.currentTimeMillis());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
