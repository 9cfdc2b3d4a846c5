package app.caravan.cli;

import app.caravan.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the command line on a fast-KDF vault service, with what it printed.
 * Starting the desktop is an error here: no command may need a display.
 */
record CliRun(int exit, String out, String err) {
    static CliRun run(String... args) {
        CaravanCommand command = new CaravanCommand(Fixtures.fastVaults(), dir -> {
            throw new AssertionError("no command may start the desktop");
        });
        command.passphrases = new PassphraseSource(name -> null, null);
        CommandLine cli = CaravanCommand.commandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString().replace("\r", ""), err.toString().replace("\r", ""));
    }

    /** Writes the test passphrase where {@code --passphrase-file} will read it, and returns that file. */
    static Path passphraseFile(Path dir) {
        try {
            return java.nio.file.Files.writeString(dir.resolve("passphrase.txt"), Fixtures.PASSPHRASE + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code caravan --vault VAULT --passphrase-file FILE ARGS...} */
    static CliRun inVault(Path vault, Path passphraseFile, String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
