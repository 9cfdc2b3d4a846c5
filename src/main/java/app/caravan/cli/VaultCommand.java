package app.caravan.cli;

import app.caravan.app.VaultSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on an unlocked vault: unlock, run, lock, whatever happens. */
abstract class VaultCommand implements Callable<Integer> {
    @ParentCommand
    CaravanCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return root.inVault(this::run);
    }

    abstract int run(VaultSession session) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A sentence of output.properties in the command line's language. */
    String say(String key, Object... args) {
        return Say.of(spec).line(key, args);
    }
}
