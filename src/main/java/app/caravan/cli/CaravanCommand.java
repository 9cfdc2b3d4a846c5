package app.caravan.cli;

import app.caravan.app.VaultSession;

import app.caravan.app.VaultLocations;
import app.caravan.app.VaultService;
import app.caravan.domain.Localized;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code caravan [--vault DIR] COMMAND}; without a command, the desktop app. */
@Command(name = "caravan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Caravan keeps field interviews in an encrypted vault.",
            "Without a command, starts the desktop app.",
            "The passphrase comes from the CARAVAN_PASSPHRASE environment variable, from --passphrase-file,"
                    + " or is asked for on the terminal; never from an argument."},
        subcommands = {InitCommand.class, ImportCommand.class, ExportJsonCommand.class, ListCommand.class,
            AuditCommand.class, RoleCommand.class, UserCommand.class,
            SearchCommand.class, BenchCommand.class, IdentityCommand.class, RecipientsCommand.class,
            SyncCommand.class, TargetsCommand.class, BundleCommand.class, ImportBundleCommand.class,
            ConflictsCommand.class, ExportAnonymizedCommand.class, DestroyVaultCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 on success, 1 when the command failed (one line on stderr says why),"
                + " 2 for usage errors."})
public final class CaravanCommand implements Callable<Integer> {
    @Option(names = "--vault", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Vault folder (default: ${DEFAULT-VALUE}).")
    Path vault = VaultLocations.defaultDirectory();

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the passphrase from the first line of FILE.")
    Path passphraseFile;

    final VaultService vaults;
    private final Consumer<Path> desktop;
    PassphraseSource passphrases = PassphraseSource.system();
    /** Result lines and the command line's own refusals, in the language of the help; set by commandLine, read through {@link Say#of}. */
    Say say;

    CaravanCommand(VaultService vaults, Consumer<Path> desktop) {
        this.vaults = vaults;
        this.desktop = desktop;
    }

    /** The configured command line, with one-line error reporting. */
    public static CommandLine commandLine(VaultService vaults, Consumer<Path> desktop) {
        return commandLine(new CaravanCommand(vaults, desktop));
    }

    /** As above, with the help in {@code locale}'s language where it is translated (else English). */
    public static CommandLine commandLine(VaultService vaults, Consumer<Path> desktop, Locale locale) {
        CommandLine cli = commandLine(new CaravanCommand(vaults, desktop), locale);
        HelpLanguage.apply(cli, locale);
        return cli;
    }

    static CommandLine commandLine(CaravanCommand command) {
        return commandLine(command, null);
    }

    /** Failures are said in {@code locale}'s language where the layer below keyed them (null: English). */
    static CommandLine commandLine(CaravanCommand command, Locale locale) {
        CommandLine cli = new CommandLine(command);
        command.say = Say.in(locale);
        cli.setExecutionExceptionHandler(new OneLineErrors(locale));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public Integer call() {
        desktop.accept(vault);
        return 0;
    }

    /** Failures print one line, "caravan: reason", never a stack trace (which could hold content). */
    static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        private final ResourceBundle errors;

        OneLineErrors(Locale locale) {
            this.errors = HelpLanguage.errors(locale);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (errors != null && e instanceof Localized localized && localized.problem() != null) {
                message = localized.problem().in(errors);
            }
            err.println("caravan: " + message.replace('\n', ' '));
            err.flush();
            return 1;
        }
    }

    /** Work on an unlocked vault. */
    @FunctionalInterface
    interface VaultWork<T> {
        T run(VaultSession session) throws Exception;
    }

    /** Unlocks the vault, runs, locks whatever happens; the passphrase is wiped as soon as the vault is open. */
    <T> T inVault(VaultWork<T> work) throws Exception {
        char[] passphrase = passphrases.read(passphraseFile, false);
        VaultSession session;
        try {
            session = vaults.open(vault, passphrase);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
        try (session) {
            return work.run(session);
        }
    }
}
