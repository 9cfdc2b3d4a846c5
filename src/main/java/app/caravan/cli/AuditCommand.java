package app.caravan.cli;

import app.caravan.app.AuditReport;
import app.caravan.app.VaultSession;
import app.caravan.domain.AuditEntry;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", description = {"The vault's hash-chained audit log.",
    "verify: checks the chain; prints 'audit log intact: N entries', or says at which entry it is broken (exit 1).",
    "show: one line per entry (tab-separated): seq, time, who, interview, field, old -> new.",
    "Values that could identify or quote a person appear only as keyed hashes (hmac:...)."})
final class AuditCommand extends VaultCommand {
    enum Action {
        verify,
        show
    }

    @Parameters(paramLabel = "verify|show", description = "What to do: ${COMPLETION-CANDIDATES}.")
    Action action;

    @Option(names = "--interview", paramLabel = "ID", description = "show: only the entries about this interview.")
    UUID interview;

    @Override
    int run(VaultSession session) {
        if (action == Action.verify) {
            AuditReport report = session.audit().verify();
            if (!report.intact()) {
                err().println(say("audit.broken", report.seq(), report.problem()));
                return 1;
            }
            out().println(say("audit.intact", report.entries()));
            return 0;
        }
        List<AuditEntry> entries = interview == null ? session.audit().all() : session.audit().forInterview(interview);
        for (AuditEntry e : entries) {
            out().println(String.join("\t", String.valueOf(e.seq()), e.at().toString(), e.actor(),
                    e.interviewId() == null ? "-" : e.interviewId().toString(), e.field(),
                    orDash(e.oldValue()) + " -> " + orDash(e.newValue())));
        }
        return 0;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value.replace('\n', ' ');
    }
}
