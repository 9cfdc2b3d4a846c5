package app.caravan.cli;

import app.caravan.app.BundleService.Sealed;
import app.caravan.app.InvalidInputException;
import app.caravan.app.VaultSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bundle", description = {"Seals what changed since the earlier bundles (interviews, withdrawals,"
        + " attachments, vocabulary) into a signed bundle encrypted to the desk, queues it in the outbox and",
        "writes the same sealed bytes to FILE. Real names and contacts stay out unless --include-identity.",
        "Prints \"nothing to send\" and seals nothing when nothing changed.",
        "For a courier hand-over, --bundle-passphrase seals to a passphrase instead (age's scrypt recipient,"
            + " then the only one), read from --bundle-passphrase-file, CARAVAN_BUNDLE_PASSPHRASE or the terminal."})
final class BundleCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the sealed bundle.")
    Path out;

    @Option(names = "--to", paramLabel = "age1…", description = "Seal to this recipient instead of the configured"
            + " desk recipients; repeatable.")
    List<String> to = new ArrayList<>();

    @Option(names = "--include-identity", description = "Include real names and contacts.")
    boolean includeIdentity;

    @Option(names = "--bundle-passphrase", description = "Seal to a passphrase instead of the desk's keys (courier"
            + " hand-over); not the vault passphrase.")
    boolean toPassphrase;

    @Option(names = "--bundle-passphrase-file", paramLabel = "FILE", description = "Seal to the passphrase on the"
            + " first line of FILE (implies --bundle-passphrase).")
    Path passphraseFile;

    @Override
    int run(VaultSession session) throws Exception {
        Optional<Sealed> sealed;
        if (toPassphrase || passphraseFile != null) {
            if (!to.isEmpty()) {
                throw new InvalidInputException("--to and a bundle passphrase exclude each other: age allows a"
                        + " passphrase only as a file's single recipient");
            }
            char[] passphrase = root.passphrases.readBundle(passphraseFile, true);
            try {
                sealed = session.bundles().sealWithPassphrase(passphrase, includeIdentity, out);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        } else {
            sealed = session.bundles().seal(to, includeIdentity, out);
        }
        if (sealed.isEmpty()) {
            out().println(say("bundle.nothing"));
            return 0;
        }
        Sealed s = sealed.get();
        out().println(say("bundle.sealed", s.sequence(), s.interviews(), s.withdrawals(), s.attachments(), s.size()));
        return 0;
    }
}
