package app.caravan.cli;

import app.caravan.app.BundleService.Sealed;
import app.caravan.app.VaultSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bundle", description = {"Seals what changed since the earlier bundles (interviews, withdrawals,"
        + " attachments, vocabulary) into a signed bundle encrypted to the desk, queues it in the outbox and",
        "writes the same sealed bytes to FILE. Real names and contacts stay out unless --include-identity.",
        "Prints \"nothing to send\" and seals nothing when nothing changed."})
final class BundleCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the sealed bundle.")
    Path out;

    @Option(names = "--to", paramLabel = "age1…", description = "Seal to this recipient instead of the configured"
            + " desk recipients; repeatable.")
    List<String> to = new ArrayList<>();

    @Option(names = "--include-identity", description = "Include real names and contacts.")
    boolean includeIdentity;

    @Override
    int run(VaultSession session) throws Exception {
        Optional<Sealed> sealed = session.bundles().seal(to, includeIdentity, out);
        if (sealed.isEmpty()) {
            out().println("nothing to send: no changes since the last bundle");
            return 0;
        }
        Sealed s = sealed.get();
        out().println("sealed bundle " + s.sequence() + ": " + s.interviews() + " interviews, " + s.withdrawals()
                + " withdrawals, " + s.attachments() + " attachments, " + s.size() + " bytes");
        return 0;
    }
}
