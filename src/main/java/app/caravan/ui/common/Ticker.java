package app.caravan.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * The time source of timers such as auto-lock: what time it is, and a periodic check on the FX
 * thread. Tests drive a manual one instead of waiting real minutes.
 */
public interface Ticker {
    Instant now();

    /** Runs {@code check} on the FX thread every {@code period} until the returned handle is run. */
    Runnable every(Duration period, Runnable check);

    /**
     * Wall-clock time, so that time spent suspended (laptop lid closed) counts as idle, and a
     * JavaFX timeline for the checks.
     */
    static Ticker system() {
        Clock clock = Clock.systemUTC();
        return new Ticker() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public Runnable every(Duration period, Runnable check) {
                Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()),
                        e -> check.run()));
                timeline.setCycleCount(Timeline.INDEFINITE);
                timeline.play();
                return timeline::stop;
            }
        };
    }
}
