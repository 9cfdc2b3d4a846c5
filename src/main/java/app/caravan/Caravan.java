package app.caravan;

import app.caravan.app.LocalVaultService;
import app.caravan.cli.CaravanCommand;
import java.nio.file.Path;
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

    public static void main(String[] args) {
        LoggingSetup.configure(Level.WARNING);
        CommandLine cli = CaravanCommand.commandLine(new LocalVaultService(), Caravan::startDesktop);
        System.exit(cli.execute(args));
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
