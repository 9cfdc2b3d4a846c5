package app.caravan.app;

import app.caravan.domain.Problem;
import app.caravan.domain.Role;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One whole sync, as `caravan sync`, the Sync page and {@link AutoSync} run it: pull what came
 * (the desk: field bundles; a field device: the desk's replies), at the desk seal the replies
 * that became due, then deliver everything queued. A failure in one half is reported, not
 * allowed to stop the other.
 */
public final class SyncRound {
    private final InboxService inbox;
    private final BundleService bundles;
    private final SyncService sync;
    private final Supplier<Role> role;
    private final List<Consumer<Report>> listeners = new CopyOnWriteArrayList<>();

    SyncRound(InboxService inbox, BundleService bundles, SyncService sync, Supplier<Role> role) {
        this.inbox = inbox;
        this.bundles = bundles;
        this.sync = sync;
        this.role = role;
    }

    /**
     * What one round did; {@code replyProblem} is why replies could not be sealed, else null
     * ({@link #replyError()} says it in English).
     */
    public record Report(InboxService.PullReport pulled, List<BundleService.Sealed> replies, Problem replyProblem,
            SyncReport delivered) {
        public String replyError() {
            return replyProblem == null ? null : replyProblem.english();
        }
    }

    /**
     * Called after every round, on the thread that ran it (a background thread): the Sync page
     * refreshes when {@link AutoSync} synced by itself.
     */
    public void addListener(Consumer<Report> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Report> listener) {
        listeners.remove(listener);
    }

    /**
     * One round. Rounds never overlap (the button and the automatic sync share the outbox and
     * the targets): a second caller waits for the first round to end.
     *
     * @param trustedFingerprint see {@link InboxService#pull}; null but when a person just confirmed one
     */
    public synchronized Report run(boolean now, Consumer<SyncService.Progress> progress, BooleanSupplier cancelled,
            String trustedFingerprint) {
        InboxService.PullReport pulled = inbox.pull(cancelled, trustedFingerprint);
        List<BundleService.Sealed> replies = List.of();
        Problem replyError = null;
        if (role.get() == Role.DESK) {
            try {
                replies = bundles.sealReplies(null);
            } catch (InvalidInputException | IOException e) {
                replyError = Problem.of("sync.repliesNotSealed", e);
            }
        }
        SyncReport delivered = sync.deliver(now, progress, cancelled);
        Report report = new Report(pulled, replies, replyError, delivered);
        listeners.forEach(l -> l.accept(report));
        return report;
    }
}
