package app.caravan.cli;

import app.caravan.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "user", description = {"Prints or sets this vault's user name: the interviewer on new interviews and"
        + " who is named in the status history and the audit log."})
final class UserCommand extends VaultCommand {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The new user name.")
    String name;

    @Override
    int run(VaultSession session) {
        if (name != null) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("The user name is empty; give the name to record");
            }
            session.settings().setUserName(name);
        }
        out().println(session.settings().userName());
        return 0;
    }
}
