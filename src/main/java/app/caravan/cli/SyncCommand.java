package app.caravan.cli;

import app.caravan.app.BundleService;
import app.caravan.app.InboxService;
import app.caravan.app.SyncReport;
import app.caravan.app.SyncReport.Line;
import app.caravan.app.SyncRound;
import app.caravan.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sync", description = {"One whole sync with every delivery target, as the app does it by itself:",
    "1. pull: at the desk, import the field devices' new bundles; on a field device, the desk's replies",
    "   (review status, comments, acknowledgements) from replies/<this device>;",
    "2. at the desk, seal a reply for each field device with news;",
    "3. deliver the sealed bundles in the outbox, oldest first.",
    "One line per file pulled and per bundle and target delivered, with the reason when something failed.",
    "Exit status 1 when something stays queued (no network, no target, a server error); it is kept and retried."})
final class SyncCommand extends VaultCommand {
    @Option(names = "--trust", paramLabel = "FINGERPRINT", description = {"Trust the device that signs with this"
        + " fingerprint (as `caravan identity show` prints it on that device) when its first bundle is pulled."})
    String trust;

    @Override
    int run(VaultSession session) {
        SyncRound.Report round = session.syncRound().run(true, null, null, trust);
        for (InboxService.Line line : round.pulled().lines()) {
            out().println("pulled " + line.name() + " <- " + line.target() + ": " + describe(line));
        }
        for (BundleService.Sealed reply : round.replies()) {
            out().println("reply #" + reply.sequence() + " sealed (" + reply.size() + " bytes)");
        }
        if (round.replyError() != null) {
            out().println(round.replyError());
        }
        SyncReport report = round.delivered();
        if (report.noTargets() && report.queued() > 0) {
            throw new IllegalStateException(report.queued() + " bundle(s) queued but no delivery target is configured"
                    + " (caravan targets add folder PATH)");
        }
        if (report.lines().isEmpty()) {
            out().println("nothing to deliver");
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

    private static String describe(InboxService.Line line) {
        return switch (line.outcome()) {
            case IMPORTED -> line.detail();
            case UNTRUSTED -> "not imported: " + line.detail();
            case REFUSED -> "refused (not tried again): " + line.detail();
            case FAILED -> "failed, tried again next time: " + line.detail();
        };
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
