package app.caravan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Crypto-erase from a terminal; no passphrase needed, since anyone who can delete the files can do this. */
@Command(name = "destroy-vault", description = {"Destroy the vault for good: overwrite and delete its key file, then"
        + " delete the database and Caravan's other files in the vault folder. No passphrase opens it afterwards.",
    "The vault must not be open. Confirm with the vault folder's name, e.g. --confirm vault."})
final class DestroyVaultCommand implements Callable<Integer> {
    @ParentCommand
    CaravanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--confirm", required = true, paramLabel = "FOLDER-NAME",
            description = "The name of the vault folder (the last part of --vault), typed to confirm.")
    String confirm;

    @Override
    public Integer call() throws Exception {
        List<Path> left = root.vaults.destroy(root.vault, confirm);
        Say say = Say.of(spec);
        spec.commandLine().getOut().println(say.line("destroy.done", root.vault.toAbsolutePath().normalize()));
        if (!left.isEmpty()) {
            spec.commandLine().getOut().println(say.line("destroy.leftAlone", left.size(),
                    root.vault.toAbsolutePath().normalize()));
        }
        return 0;
    }
}
