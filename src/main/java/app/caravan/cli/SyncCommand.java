package app.caravan.cli;

import app.caravan.app.SyncReport;
import app.caravan.app.SyncReport.Line;
import app.caravan.app.VaultSession;
import picocli.CommandLine.Command;

@Command(name = "sync", description = {"Delivers the sealed bundles in the outbox to every delivery target, oldest first.",
    "One line per bundle and target: delivered, already there, failed (with the reason), or waiting.",
    "Exit status 1 when something stays queued (no network, no target, a server error); it is kept and retried."})
final class SyncCommand extends VaultCommand {
    @Override
    int run(VaultSession session) {
        SyncReport report = session.sync().deliver(true, null, null);
        if (report.noTargets() && report.queued() > 0) {
            throw new IllegalStateException(report.queued() + " bundle(s) queued but no delivery target is configured"
                    + " (caravan targets add folder PATH)");
        }
        if (report.lines().isEmpty()) {
            out().println("nothing to deliver");
            return 0;
        }
        for (Line line : report.lines()) {
            out().println("#" + line.sequence() + " " + line.bundleId() + " -> " + line.target() + ": "
                    + describe(line));
        }
        if (!report.complete()) {
            String reason = report.firstError();
            throw new IllegalStateException(report.queued() + " bundle(s) stay queued"
                    + (reason == null ? "" : ": " + reason));
        }
        return 0;
    }

    private static String describe(Line line) {
        return switch (line.outcome()) {
            case DELIVERED -> "delivered";
            case ALREADY_THERE -> "already there";
            case FAILED -> "failed, retry after " + line.nextAttemptAt() + ": " + line.error();
            case WAITING -> "waiting until " + line.nextAttemptAt();
            case BLOCKED -> "not tried, an earlier bundle is not delivered there yet";
            case CANCELLED -> "cancelled";
        };
    }
}
