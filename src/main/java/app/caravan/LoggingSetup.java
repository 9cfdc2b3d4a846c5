package app.caravan;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging to stderr only. Caravan writes no log file: a log on disk is plaintext
 * outside the vault, and log lines never carry interview content anyway. Usable as
 * {@code -Djava.util.logging.config.class}.
 */
public final class LoggingSetup {
    public LoggingSetup() {
        configure(Level.INFO);
    }

    /** {@code level} for Caravan's own loggers; libraries (Flyway, H2) only say warnings. */
    public static void configure(Level level) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.WARNING);
        Logger.getLogger("app.caravan").setLevel(level);
    }
}
