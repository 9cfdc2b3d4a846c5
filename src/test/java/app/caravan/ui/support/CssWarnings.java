package app.caravan.ui.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine warns about (a looked-up colour it cannot resolve, a value
 * of the wrong type) while a test runs: such warnings mean a control is drawn with a fallback.
 */
public final class CssWarnings {
    private static final Logger CSS = Logger.getLogger("javafx.css");
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CssWarnings() {
    }

    public static CssWarnings listen() {
        CssWarnings listener = new CssWarnings();
        CSS.addHandler(listener.handler);
        return listener;
    }

    /** Stops listening; the warnings logged since {@link #listen()}. */
    public List<String> stop() {
        CSS.removeHandler(handler);
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }
}
