package app.caravan;

import app.caravan.app.LocalVaultService;
import app.caravan.app.PreferencesFile;
import app.caravan.app.VaultLocations;
import app.caravan.cli.CaravanCommand;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import picocli.CommandLine;

/**
 * Entry point of the jar. With a command it runs the CLI, which never loads JavaFX; without one
 * it starts the desktop app. Deliberately not a {@code javafx.application.Application}: that
 * would pull JavaFX in for every CLI call and trip the launcher check on the class path.
 */
public final class Caravan {
    private Caravan() {
    }

    /** Launcher option of the desktop app, not a CLI command: installers and CI call it. */
    static final String SMOKE_TEST = "--smoke-test";
    /** Hidden launcher option of {@code bench all}: the bare JavaFX window its start-up time is compared with. */
    static final String BENCH_BARE_WINDOW = "--bench-bare-window";

    public static void main(String[] args) {
        LoggingSetup.configure(Level.WARNING);
        if (args.length > 0 && SMOKE_TEST.equals(args[0])) {
            System.exit(smokeTest(args));
        }
        if (args.length == 1 && BENCH_BARE_WINDOW.equals(args[0])) {
            System.exit(bareWindow());
        }
        if (args.length == 0) {
            // Started from a menu or by a double click: straight to the window. Building the
            // command line first (picocli reflects over every command) cost about 90 ms before it.
            System.exit(desktop());
        }
        // The help speaks the language chosen in the app's settings, else the system's (LANG).
        Locale locale = PreferencesFile.inUserConfig().load().locale(Locale.getDefault());
        CommandLine cli = CaravanCommand.commandLine(new LocalVaultService(), Caravan::startDesktop, locale);
        System.exit(cli.execute(args));
    }

    private static int smokeTest(String[] args) {
        if (args.length != 2) {
            System.err.println("caravan " + SMOKE_TEST + ": give the PNG file to write, e.g. caravan "
                    + SMOKE_TEST + " smoke.png");
            return 2;
        }
        try {
            return (Integer) Class.forName("app.caravan.ui.DesktopApp")
                    .getMethod("smokeTest", Path.class)
                    .invoke(null, Path.of(args[1]));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            System.err.println("caravan " + SMOKE_TEST + ": the desktop app cannot start: " + e);
            return 1;
        }
    }

    private static int bareWindow() {
        try {
            Class.forName("app.caravan.ui.bench.BareWindow").getMethod("run").invoke(null);
            return 0;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            System.err.println("caravan " + BENCH_BARE_WINDOW + ": JavaFX cannot start: " + e);
            return 1;
        }
    }

    /** The desktop app on the default vault, as {@code caravan} without a command runs it; the exit status. */
    private static int desktop() {
        try {
            startDesktop(VaultLocations.defaultDirectory());
            return 0;
        } catch (RuntimeException e) {
            // As the command line reports a failure: one line, no stack trace.
            System.err.println("caravan: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    /** Loaded by name so that the CLI classes carry no reference to JavaFX. */
    private static void startDesktop(Path vaultDirectory) {
        LoggingSetup.configure(Level.INFO);
        try {
            Class.forName("app.caravan.ui.DesktopApp")
                    .getMethod("run", Path.class)
                    .invoke(null, vaultDirectory);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The desktop app cannot start: " + e, e);
        }
    }
}
