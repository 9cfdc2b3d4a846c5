package app.caravan.cli;

import app.caravan.app.KeysService;
import app.caravan.app.VaultSession;
import app.caravan.domain.DeskRecipient;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recipients", description = {"Lists or adds the editors' age recipients (age1…) that this device's"
        + " bundles are encrypted to.", "  recipients list", "  recipients add age1… [--label NAME]",
        "  recipients add --file FILE [--label NAME]   every age1… line of FILE (age-keygen -y output, or the"
        + " '# public key:' line of an identity file); all or none",
        "  recipients add --qr IMAGE [--label NAME]    the age1… recipient in the QR code of a PNG or JPEG image"})
final class RecipientsCommand extends VaultCommand {
    enum Action {
        list,
        add
    }

    @Parameters(index = "0", paramLabel = "list|add", description = "What to do.")
    Action action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "age1…", description = "The recipient to add.")
    String recipient;

    @Option(names = "--label", paramLabel = "NAME", description = "Whose key it is, e.g. the editor's name.")
    String label;

    @Option(names = "--file", paramLabel = "FILE", description = "A text file with one age1… recipient a line.")
    Path file;

    @Option(names = "--qr", paramLabel = "IMAGE", description = "A PNG or JPEG image of a QR code holding an age1… recipient.")
    Path qr;

    @Override
    int run(VaultSession session) throws Exception {
        if (action == Action.add) {
            for (DeskRecipient added : add(session.keys())) {
                out().println(say("recipients.added", line(added)));
            }
            return 0;
        }
        if (recipient != null || label != null || file != null || qr != null) {
            throw new IllegalArgumentException("recipients list takes no recipient, label, --file or --qr");
        }
        for (DeskRecipient r : session.keys().recipients()) {
            out().println(line(r));
        }
        return 0;
    }

    private List<DeskRecipient> add(KeysService keys) throws Exception {
        int sources = (recipient == null ? 0 : 1) + (file == null ? 0 : 1) + (qr == null ? 0 : 1);
        if (sources != 1) {
            throw new IllegalArgumentException("recipients add needs exactly one of: the recipient (caravan recipients"
                    + " add age1…), --file FILE or --qr IMAGE");
        }
        if (file != null) {
            return keys.addRecipients(keys.recipientsIn(file), label);
        }
        String value = qr != null ? keys.recipientFromQrImage(qr) : recipient;
        return List.of(keys.addRecipient(value, label));
    }

    private static String line(DeskRecipient r) {
        return r.recipient() + (r.label() == null ? "" : "  " + r.label());
    }
}
