package app.caravan.cli;

import app.caravan.app.VaultSession;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a new, empty vault (with the seed vocabularies).")
final class InitCommand implements Callable<Integer> {
    static final int MIN_PASSPHRASE_LENGTH = 8;

    @ParentCommand
    CaravanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--user", paramLabel = "NAME", description = "Name recorded as interviewer on new interviews.")
    String user;

    @Override
    public Integer call() throws Exception {
        char[] passphrase = root.passphrases.read(root.passphraseFile, true);
        try {
            if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
                throw new IllegalArgumentException("The passphrase must have at least " + MIN_PASSPHRASE_LENGTH
                        + " characters");
            }
            try (VaultSession session = root.vaults.create(root.vault, passphrase)) {
                if (user != null) {
                    session.settings().setUserName(user);
                }
                spec.commandLine().getOut().println(Say.of(spec).line("init.created", session.directory()));
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return 0;
    }
}
