package app.caravan.ui.sync;

import app.caravan.app.BundleService;
import app.caravan.app.InboxService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.KeysService;
import app.caravan.app.KeysService.DeviceIdentity;
import app.caravan.app.SyncReport;
import app.caravan.app.SyncRound;
import app.caravan.app.SyncService;
import app.caravan.domain.DeskRecipient;
import app.caravan.domain.OutboxBundle;
import app.caravan.domain.SyncTarget;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync page's state: this device's keys, the desk recipients, the targets and the outbox.
 * Every vault and network call runs in a background task; results come back on the FX thread.
 */
public final class SyncViewModel {
    public final ObjectProperty<DeviceIdentity> device = new SimpleObjectProperty<>();
    public final ObservableList<DeskRecipient> recipients = FXCollections.observableArrayList();
    public final ObservableList<SyncTarget> targets = FXCollections.observableArrayList();
    public final ObservableList<OutboxBundle> outbox = FXCollections.observableArrayList();
    /** One line per bundle × target of the last run, in the order tried. */
    public final ObservableList<SyncReport.Line> results = FXCollections.observableArrayList();
    public final StringProperty recipientError = new SimpleStringProperty("");
    public final StringProperty targetError = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("");
    public final BooleanProperty statusFailed = new SimpleBooleanProperty();
    public final BooleanProperty includeIdentity = new SimpleBooleanProperty(false);
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final BooleanProperty syncing = new SimpleBooleanProperty();
    /** Sealing has no measurable progress (a courier passphrase costs about a second of scrypt). */
    public final BooleanProperty sealing = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty();
    public final StringProperty progressText = new SimpleStringProperty("");
    /** A device whose bundle waits for its fingerprint to be confirmed, from the last round; else null. */
    public final ObjectProperty<InboxService.Line> untrusted = new SimpleObjectProperty<>();
    /** What the last round pulled and replied, one line; empty before the first. */
    public final StringProperty pulledText = new SimpleStringProperty("");
    public final StringProperty lastAutoSync = new SimpleStringProperty("");
    public final BooleanProperty autoSync = new SimpleBooleanProperty(true);

    private final SessionContext context;
    private final I18n i18n;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final java.util.function.Consumer<SyncRound.Report> roundListener = this::roundFinished;

    public SyncViewModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    /** Follows the automatic sync's rounds while the page lives; see {@link #roundFinished}. */
    void listen() {
        Tasks.create(() -> {
            context.session().syncRound().addListener(roundListener);
            return context.session().settings().syncAutomatically();
        }).onSuccess(autoSync::set).onError(error -> fail("sync.auto.error", error)).runOnce(context.executor());
    }

    /** Stops following the rounds: the page is replaced while the session goes on (a new language). */
    void stopListening() {
        context.session().syncRound().removeListener(roundListener);
    }

    public void load() {
        Tasks.create(() -> context.session().keys().device())
                .onSuccess(device::set)
                .onError(error -> fail("sync.error.device", error))
                .runOnce(context.executor());
        reloadRecipients();
        reloadTargets();
        reloadOutbox();
    }

    public void addRecipient(String key, String label, Runnable onAdded) {
        String trimmed = key == null ? "" : key.strip();
        String name = label == null || label.isBlank() ? null : label.strip();
        Tasks.create(() -> context.session().keys().addRecipient(trimmed, name))
                .onSuccess(added -> {
                    recipientError.set("");
                    onAdded.run();
                    reloadRecipients();
                })
                .onError(InvalidInputException.class, error -> recipientError.set(i18n.problem(error)))
                .onError(error -> recipientError.set(i18n.format("sync.error", message(error))))
                .runOnce(context.executor());
    }

    /** Adds every recipient in a text file (all or none), or the one in the QR code of an image. */
    public void addRecipientsFrom(Path file, boolean qrImage, String label, Runnable onAdded) {
        String name = label == null || label.isBlank() ? null : label.strip();
        Tasks.create(() -> {
            KeysService keys = context.session().keys();
            return qrImage ? List.of(keys.addRecipient(keys.recipientFromQrImage(file), name))
                    : keys.addRecipients(keys.recipientsIn(file), name);
        })
                .onSuccess(added -> {
                    recipientError.set("");
                    onAdded.run();
                    reloadRecipients();
                })
                .onError(InvalidInputException.class, error -> recipientError.set(i18n.problem(error)))
                .onError(error -> recipientError.set(i18n.format("sync.error", message(error))))
                .runOnce(context.executor());
    }

    public void removeRecipient(DeskRecipient recipient) {
        Tasks.createVoid(() -> context.session().keys().removeRecipient(recipient.recipient()))
                .onSuccess(done -> reloadRecipients())
                .onError(error -> fail("sync.error.recipients", error))
                .runOnce(context.executor());
    }

    public void addFolder(Path folder, Runnable onAdded) {
        Tasks.create(() -> sync().addFolder(folder))
                .onSuccess(added -> targetAdded(onAdded))
                .onError(error -> targetError.set(i18n.format("sync.targets.error.folder", folder, message(error))))
                .runOnce(context.executor());
    }

    /** Takes ownership of {@code password} and wipes it once the vault has its copy. */
    public void addWebDav(String url, String user, char[] password, Runnable onAdded) {
        String location = url == null ? "" : url.strip();
        String name = user == null || user.isBlank() ? null : user.strip();
        Tasks.create(() -> {
            try {
                return sync().addWebDav(new URI(location), name, password);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(i18n.problem(e), e);
            } finally {
                Passphrases.wipe(password);
            }
        }).onSuccess(added -> targetAdded(onAdded))
                .onError(error -> targetError.set(i18n.format("sync.targets.error.webdav", location, message(error))))
                .runOnce(context.executor());
    }

    public void removeTarget(SyncTarget target) {
        Tasks.createVoid(() -> sync().removeTarget(target.id()))
                .onSuccess(done -> reloadTargets())
                .onError(error -> fail("sync.error.targets", error))
                .runOnce(context.executor());
    }

    /** Seals what changed since the last bundle to the configured desk recipients. */
    public void seal() {
        boolean names = includeIdentity.get();
        runSeal(() -> bundles().seal(List.of(), names, null), "sync.seal.done", "sync.seal.error", null);
    }

    /**
     * Seals what changed to a courier's passphrase instead of the desk's keys, also writing it to
     * {@code copyTo} when not null. Takes ownership of {@code passphrase} and wipes it when done.
     */
    public void sealForCourier(char[] passphrase, boolean names, Path copyTo) {
        runSeal(() -> {
            try {
                return bundles().sealWithPassphrase(passphrase, names, copyTo);
            } finally {
                Passphrases.wipe(passphrase);
            }
        }, copyTo == null ? "sync.courier.done" : "sync.courier.doneCopy", "sync.courier.error", copyTo);
    }

    /** {@code copyTo}, when not null, is named in the status line: the user chose it a moment ago. */
    private void runSeal(Callable<Optional<BundleService.Sealed>> work, String doneKey, String errorKey, Path copyTo) {
        busy.set(true);
        sealing.set(true);
        status.set(i18n.get("sync.seal.running"));
        statusFailed.set(false);
        Tasks.create(() -> {
            Optional<BundleService.Sealed> sealed = work.call();
            if (sealed.isPresent() && !context.session().autoSync().isPaused()) {
                context.session().autoSync().trigger(); // delivered as soon as a target is in reach
            }
            return sealed;
        })
                .onSuccess(sealed -> {
                    status.set(sealed.map(s -> i18n.format(doneKey, s.sequence(), s.interviews(),
                            s.withdrawals(), s.attachments(), Sizes.format(s.size(), locale()),
                            copyTo == null ? "" : copyTo.toString()))
                            .orElse(i18n.get("sync.seal.nothing")));
                    reloadOutbox();
                })
                .onError(error -> fail(errorKey, error))
                .andFinally(() -> {
                    busy.set(false);
                    sealing.set(false);
                })
                .runOnce(context.executor());
    }

    /**
     * One whole sync now (pull what came, at the desk seal the replies, deliver everything queued,
     * ignoring earlier failures' backoff).
     */
    public void syncNow() {
        syncNow(null);
    }

    /** Syncs again, letting in the device whose fingerprint the user just compared and confirmed. */
    public void trustAndSync(String fingerprint) {
        untrusted.set(null);
        syncNow(fingerprint);
    }

    private void syncNow(String trustedFingerprint) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        syncing.set(true);
        cancelled.set(false);
        progress.set(0);
        progressText.set("");
        status.set(i18n.get("sync.deliver.running"));
        statusFailed.set(false);
        Tasks.create(() -> context.session().syncRound().run(true, p -> Platform.runLater(() -> showProgress(p)),
                cancelled::get, trustedFingerprint))
                .onSuccess(this::showRound)
                .onError(error -> fail("sync.deliver.error", error))
                .andFinally(() -> {
                    busy.set(false);
                    syncing.set(false);
                    reloadOutbox();
                })
                .runOnce(context.executor());
    }

    /** Turns automatic sync on or off for this vault, now and when it is next unlocked. */
    public void setAutoSync(boolean on) {
        Tasks.createVoid(() -> {
            context.session().settings().setSyncAutomatically(on);
            context.session().autoSync().setPaused(!on);
        }).onError(error -> fail("sync.auto.error", error)).runOnce(context.executor());
    }

    /** A round the automatic sync ran (called on its thread): show it unless the user's own run is on. */
    void roundFinished(SyncRound.Report report) {
        Platform.runLater(() -> {
            if (!busy.get()) { // else it is the user's own round, shown when it ends
                lastAutoSync.set(i18n.format("sync.auto.last", LocalTime.now().format(TIME)));
                showRound(report);
                reloadOutbox();
            }
        });
    }

    private void showRound(SyncRound.Report round) {
        showReport(round.delivered());
        InboxService.PullReport pulled = round.pulled();
        round.pulled().lines().stream().filter(l -> l.outcome() == InboxService.Outcome.UNTRUSTED).findFirst()
                .ifPresent(untrusted::set);
        long imported = pulled.count(InboxService.Outcome.IMPORTED);
        long refused = pulled.count(InboxService.Outcome.REFUSED) + pulled.count(InboxService.Outcome.FAILED);
        if (imported > 0 || refused > 0 || !round.replies().isEmpty()) {
            pulledText.set(i18n.format("sync.pull.summary", imported, round.replies().size(), refused));
        }
        pulled.lines().stream().filter(l -> l.outcome() == InboxService.Outcome.REFUSED
                || l.outcome() == InboxService.Outcome.FAILED).findFirst()
                .ifPresent(l -> {
                    statusFailed.set(true);
                    status.set(i18n.format("sync.pull.refused", l.name(), i18n.text(l.problem(), l.detail())));
                });
        if (round.replyError() != null) {
            statusFailed.set(true);
            status.set(i18n.text(round.replyProblem(), round.replyError()));
        }
        if (imported > 0) {
            context.refreshVocabulary();
        }
    }

    public void cancel() {
        cancelled.set(true);
    }

    private void showProgress(SyncService.Progress p) {
        progress.set(p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
                : p.deliveriesTotal() > 0 ? (double) p.deliveriesDone() / p.deliveriesTotal() : 0);
        progressText.set(i18n.format("sync.deliver.progress", Sizes.format(p.bytesDone(), locale()),
                Sizes.format(p.bytesTotal(), locale()), p.deliveriesDone(), p.deliveriesTotal()));
    }

    private void showReport(SyncReport report) {
        results.setAll(report.lines());
        if (report.noTargets()) {
            statusFailed.set(true);
            status.set(i18n.get("sync.deliver.noTargets"));
        } else if (report.firstFailure().isPresent()) {
            SyncReport.Line failed = report.firstFailure().get();
            statusFailed.set(true);
            status.set(i18n.format("sync.deliver.failed", report.queued(), i18n.text(failed.problem(), failed.error())));
        } else if (report.complete()) {
            statusFailed.set(false);
            status.set(i18n.get("sync.deliver.complete"));
        } else {
            statusFailed.set(false);
            status.set(i18n.format("sync.deliver.partial", report.queued()));
        }
        progress.set(1);
    }

    private void targetAdded(Runnable onAdded) {
        targetError.set("");
        onAdded.run();
        reloadTargets();
    }

    private void reloadRecipients() {
        Tasks.create(() -> context.session().keys().recipients())
                .onSuccess(recipients::setAll)
                .onError(error -> fail("sync.error.recipients", error))
                .runOnce(context.executor());
    }

    private void reloadTargets() {
        Tasks.create(() -> sync().targets())
                .onSuccess(targets::setAll)
                .onError(error -> fail("sync.error.targets", error))
                .runOnce(context.executor());
    }

    private void reloadOutbox() {
        Tasks.create(() -> sync().outbox())
                .onSuccess(outbox::setAll)
                .onError(error -> fail("sync.error.outbox", error))
                .runOnce(context.executor());
    }

    private void fail(String key, Throwable error) {
        statusFailed.set(true);
        status.set(i18n.format(key, message(error)));
    }

    private SyncService sync() {
        return context.session().sync();
    }

    private BundleService bundles() {
        return context.session().bundles();
    }

    private Locale locale() {
        return i18n.locale();
    }

    private String message(Throwable error) {
        return i18n.problem(error);
    }
}
