package app.caravan.cli;

import app.caravan.app.VaultSession;
import app.caravan.domain.DeskRecipient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recipients", description = {"Lists or adds the editors' age recipients (age1…) that this device's"
        + " bundles are encrypted to.", "  recipients list", "  recipients add age1… [--label NAME]"})
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

    @Override
    int run(VaultSession session) throws Exception {
        if (action == Action.add) {
            if (recipient == null) {
                throw new IllegalArgumentException("recipients add needs the recipient: caravan recipients add age1…");
            }
            DeskRecipient added = session.keys().addRecipient(recipient, label);
            out().println("added " + line(added));
            return 0;
        }
        if (recipient != null || label != null) {
            throw new IllegalArgumentException("recipients list takes no recipient or label");
        }
        for (DeskRecipient r : session.keys().recipients()) {
            out().println(line(r));
        }
        return 0;
    }

    private static String line(DeskRecipient r) {
        return r.recipient() + (r.label() == null ? "" : "  " + r.label());
    }
}
