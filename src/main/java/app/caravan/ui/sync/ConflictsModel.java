package app.caravan.ui.sync;

import javafx.application.Platform;

import app.caravan.app.ConflictException;
import app.caravan.app.DeskImportService;
import app.caravan.app.DeskImportService.ConflictDetail;
import app.caravan.app.InvalidInputException;
import app.caravan.app.VaultSession;
import app.caravan.domain.KnownDevice;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open sync conflicts for the Sync page. Lists show the pseudonym and the device only;
 * transcripts are read when the editor opens a merge, and only kept by its dialog.
 */
final class ConflictsModel {
    /** One listed conflict. */
    record Row(UUID id, String pseudonym, String device, long deskRevision, long incomingRevision, Instant received) {
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty statusFailed = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;

    ConflictsModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    /** Conflicts happen at the desk only; on a field device the section stays out of the way. */
    final javafx.beans.property.BooleanProperty desk = new javafx.beans.property.SimpleBooleanProperty(true);

    void load() {
        Tasks.create(() -> {
            boolean isDesk = context.session().review().role() == app.caravan.domain.Role.DESK;
            Platform.runLater(() -> desk.set(isDesk));
            return rows(context.session());
        })
                .onSuccess(rows::setAll)
                .onError(error -> fail("sync.conflicts.error.load", error))
                .runOnce(context.executor());
    }

    void keepMine(Row row) {
        resolve(row, () -> imports().keepMine(row.id()), "sync.conflicts.keptMine");
    }

    void keepTheirs(Row row) {
        resolve(row, () -> imports().keepTheirs(row.id()), "sync.conflicts.keptTheirs");
    }

    /** Reads both versions and the proposed merge for the dialog. */
    void detail(Row row, Consumer<ConflictDetail> onLoaded) {
        busy.set(true);
        Tasks.create(() -> imports().conflict(row.id()))
                .onSuccess(onLoaded)
                .onError(error -> {
                    fail("sync.conflicts.error.resolve", error);
                    load();
                })
                .andFinally(() -> busy.set(false))
                .runOnce(context.executor());
    }

    /** Stores the merge; {@code onRefused} gets a message to show in the dialog, which then stays open. */
    void merge(ConflictDetail detail, String transcript, Runnable onSaved, Consumer<String> onRefused) {
        busy.set(true);
        Tasks.create(() -> imports().keepMerged(detail.id(), transcript))
                .onSuccess(dropped -> {
                    statusFailed.set(false);
                    status.set(i18n.format("sync.conflicts.merged", detail.deskPseudonym(), dropped));
                    onSaved.run();
                    load();
                })
                .onError(InvalidInputException.class, error -> onRefused.accept(i18n.problem(error)))
                .onError(ConflictException.class, error -> onRefused.accept(i18n.get("sync.conflicts.error.changed")))
                .onError(error -> onRefused.accept(i18n.format("sync.conflicts.error.resolve", message(error))))
                .andFinally(() -> busy.set(false))
                .runOnce(context.executor());
    }

    private void resolve(Row row, Tasks.ThrowingRunnable work, String doneKey) {
        busy.set(true);
        Tasks.createVoid(work)
                .onSuccess(done -> {
                    statusFailed.set(false);
                    status.set(i18n.format(doneKey, row.pseudonym()));
                })
                .onError(error -> fail("sync.conflicts.error.resolve", error))
                .andFinally(() -> {
                    busy.set(false);
                    load();
                })
                .runOnce(context.executor());
    }

    private static List<Row> rows(VaultSession session) {
        List<KnownDevice> devices = session.keys().knownDevices();
        return session.deskImport().conflicts().stream().map(c -> {
            var here = session.interviews().get(c.interviewId());
            String device = devices.stream().filter(d -> d.deviceId().equals(c.deviceId()))
                    .map(KnownDevice::fingerprint).findFirst().orElse(c.deviceId().toString());
            return new Row(c.id(), here.pseudonym(), shortDevice(device), here.revision(), c.incomingRevision(),
                    c.receivedAt());
        }).toList();
    }

    /** The first groups of a fingerprint (or id) are what people compare by eye. */
    static String shortDevice(String device) {
        return device.length() <= 14 ? device : device.substring(0, 14) + "…";
    }

    private DeskImportService imports() {
        return context.session().deskImport();
    }

    private void fail(String key, Throwable error) {
        statusFailed.set(true);
        status.set(i18n.format(key, message(error)));
    }

    private String message(Throwable error) {
        return i18n.problem(error);
    }
}
