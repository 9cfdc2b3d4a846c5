package app.caravan.cli;

import app.caravan.app.VaultSession;
import app.caravan.domain.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "role", description = {"Prints this vault's review role, or sets it: field (records, submits) or desk"
        + " (also reviews, approves, archives).", "A change is recorded in the audit log."})
final class RoleCommand extends VaultCommand {
    enum Choice {
        field,
        desk
    }

    @Parameters(arity = "0..1", paramLabel = "field|desk", description = "The new role.")
    Choice role;

    @Override
    int run(VaultSession session) {
        if (role != null) {
            session.review().setRole(Role.fromKey(role.name()));
        }
        out().println(session.review().role().key());
        return 0;
    }
}
