package app.caravan.ui.editor;

import app.caravan.domain.Timecode;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The interview timer in the editor's header: start/pause (Ctrl+T) and the elapsed time. Each
 * interview keeps its own timer for the session, so looking at another interview in between
 * does not lose the running one.
 */
final class TimerControls {
    private final Map<UUID, InterviewTimer> timers = new HashMap<>();
    private final Button toggle = new Button();
    private final Label time = new Label("00:00:00");
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> refresh()));
    private final I18n i18n;
    private final HBox box;
    private InterviewTimer timer = InterviewTimer.system();

    TimerControls(I18n i18n) {
        this.i18n = i18n;
        ticker.setCycleCount(Animation.INDEFINITE);
        toggle.setId("timerToggle");
        toggle.setFocusTraversable(false);
        toggle.setOnAction(e -> toggle());
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip(i18n.get("timer.tooltip") + " (" + Shortcut.TIMER.display() + ")"));
        time.setId("timerTime");
        time.getStyleClass().add(UiStyles.TIMER);
        time.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, toggle, time);
        box.setAlignment(Pos.CENTER_LEFT);
        // Nothing to tick for once the editor is gone (the vault was locked).
        box.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            }
        });
        refresh();
    }

    HBox node() {
        return box;
    }

    /** Shows the timer of interview {@code id} (a new one, stopped, the first time). */
    void show(UUID id) {
        timer = timers.computeIfAbsent(id, k -> InterviewTimer.system());
        refresh();
    }

    void toggle() {
        timer.toggle();
        refresh();
    }

    Duration elapsed() {
        return timer.elapsed();
    }

    String mark() {
        return timer.mark();
    }

    private void refresh() {
        boolean running = timer.isRunning();
        toggle.setGraphic(Icons.of(running ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        toggle.setText(i18n.get(running ? "timer.pause" : "timer.start"));
        time.setText(Timecode.format(timer.elapsed()));
        time.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("running"), running);
        if (running && ticker.getStatus() != Animation.Status.RUNNING) {
            ticker.play();
        } else if (!running) {
            ticker.stop();
        }
    }
}
