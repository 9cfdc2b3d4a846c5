package app.caravan.ui.shell;

import app.caravan.ui.common.Ticker;
import java.time.Duration;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;

/**
 * Locks the vault after a stretch without key or mouse input in any of the app's windows
 * (dialogs included: typing in one is not being away). Runs on the FX thread only.
 */
final class AutoLock {
    /** How often idleness is checked: the lock fires at most this late. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final java.util.List<EventType<? extends InputEvent>> INPUT = java.util.List.of(KeyEvent.ANY,
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.ANY);

    private final Ticker ticker;
    private final Runnable lock;
    private final EventHandler<InputEvent> onInput = e -> touch();
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::listen);
            change.getRemoved().forEach(this::ignore);
        }
    };
    private Duration timeout;
    private Instant lastInput;
    private Runnable stopChecks;

    AutoLock(Ticker ticker, Runnable lock) {
        this.ticker = ticker;
        this.lock = lock;
    }

    /** From now on, {@code timeout} without input locks. Restarting only resets the idle time. */
    void start(Duration timeout) {
        this.timeout = timeout;
        touch();
        if (stopChecks != null) {
            return;
        }
        Window.getWindows().forEach(this::listen);
        Window.getWindows().addListener(onWindows);
        stopChecks = ticker.every(CHECK_EVERY, this::check);
    }

    void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    boolean isRunning() {
        return stopChecks != null;
    }

    void stop() {
        if (stopChecks == null) {
            return;
        }
        stopChecks.run();
        stopChecks = null;
        Window.getWindows().removeListener(onWindows);
        Window.getWindows().forEach(this::ignore);
    }

    void touch() {
        lastInput = ticker.now();
    }

    private void check() {
        Instant now = ticker.now();
        if (now.isBefore(lastInput)) {
            // The clock was set back: count from now rather than never locking.
            lastInput = now;
        } else if (Duration.between(lastInput, now).compareTo(timeout) >= 0) {
            stop();
            lock.run();
        }
    }

    private void listen(Window window) {
        INPUT.forEach(type -> window.addEventFilter(type, onInput));
    }

    private void ignore(Window window) {
        INPUT.forEach(type -> window.removeEventFilter(type, onInput));
    }
}
