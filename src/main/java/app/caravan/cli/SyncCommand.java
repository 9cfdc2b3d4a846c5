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
            out().println(say("sync.pulled", line.name(), line.target(), describe(line)));
        }
        for (BundleService.Sealed reply : round.replies()) {
            out().println(say("sync.reply", reply.sequence(), reply.size()));
        }
        if (round.replyError() != null) {
            out().println(round.replyError());
        }
        SyncReport report = round.delivered();
        if (report.noTargets() && report.queued() > 0) {
            throw new IllegalStateException(say("sync.noTarget", report.queued()));
        }
        if (report.lines().isEmpty()) {
            out().println(say("sync.nothing"));
        }
        for (Line line : report.lines()) {
            out().println(say("sync.delivery", line.sequence(), line.bundleId(), line.target(), describe(line)));
        }
        if (!report.complete()) {
            String reason = report.firstError();
            throw new IllegalStateException(reason == null ? say("sync.stayQueued", report.queued())
                    : say("sync.stayQueuedBecause", report.queued(), reason));
        }
        return 0;
    }

    private String describe(InboxService.Line line) {
        return switch (line.outcome()) {
            case IMPORTED -> line.detail();
            case UNTRUSTED -> say("sync.pull.untrusted", line.detail());
            case REFUSED -> say("sync.pull.refused", line.detail());
            case FAILED -> say("sync.pull.failed", line.detail());
        };
    }

    private String describe(Line line) {
        return switch (line.outcome()) {
            case DELIVERED -> say("sync.delivered");
            case ALREADY_THERE -> say("sync.alreadyThere");
            case FAILED -> say("sync.failed", line.nextAttemptAt(), line.error());
            case WAITING -> say("sync.waiting", line.nextAttemptAt());
            case BLOCKED -> say("sync.blocked");
            case CANCELLED -> say("sync.cancelled");
        };
    }
}
