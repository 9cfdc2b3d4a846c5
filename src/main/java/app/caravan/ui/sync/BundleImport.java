package app.caravan.ui.sync;

import app.caravan.app.DeskImportService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.UnknownDeviceException;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

/**
 * Imports a field device's bundle at the desk: asks for a courier passphrase when the file is
 * sealed to one, and for trust when the device is new, then imports again with the fingerprint
 * the editor confirmed. Every vault and file step runs in a background task.
 */
final class BundleImport {
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private Path lastFolder;

    BundleImport(SessionContext context, Supplier<Window> owner) {
        this.context = context;
        this.i18n = context.i18n();
        this.owner = owner;
    }

    void chooseAndImport() {
        if (busy.get()) {
            return;
        }
        context.dialogs().chooseOpenFile(i18n.get("sync.import.choose"), lastFolder,
                i18n.get("sync.import.filter"), "*.age").ifPresent(this::start);
    }

    private void start(Path file) {
        lastFolder = file.getParent();
        busy.set(true);
        show(false, i18n.format("sync.import.running", file.getFileName()));
        Tasks.create(() -> SealedFiles.isPassphraseSealed(file))
                .onSuccess(passphraseSealed -> {
                    if (!passphraseSealed) {
                        run(file, null, null);
                        return;
                    }
                    ImportDialogs.askPassphrase(owner.get(), i18n, file.getFileName().toString()).ifPresentOrElse(
                            passphrase -> run(file, passphrase, null),
                            () -> end(false, i18n.get("sync.import.cancelled")));
                })
                .onError(error -> end(true, i18n.format("sync.import.error", file.getFileName(), message(error))))
                .runOnce(context.executor());
    }

    /** Owns {@code passphrase} (null for the desk's key) and wipes it once no retry needs it. */
    private void run(Path file, char[] passphrase, String trusted) {
        show(false, i18n.format("sync.import.running", file.getFileName()));
        Tasks.create(() -> {
            DeskImportService imports = context.session().deskImport();
            try (InputStream in = Files.newInputStream(file)) {
                return passphrase == null ? imports.importBundle(in, null, trusted)
                        : imports.importBundleWithPassphrase(in, passphrase, trusted);
            }
        }).onSuccess(result -> {
            Passphrases.wipe(passphrase);
            // A bundle may bring new cities, professions or themes that other pages offer.
            context.refreshVocabulary();
            end(false, result.alreadyImported()
                    ? i18n.format("sync.import.again", result.sequence(), result.deviceId())
                    : i18n.format("sync.import.done", result.sequence(), result.deviceId(), result.added(),
                            result.updated(), result.withdrawn(), result.conflicts()));
        }).onError(UnknownDeviceException.class, unknown -> {
            if (trusted == null && ImportDialogs.confirmTrust(owner.get(), i18n, unknown.deviceId(),
                    unknown.fingerprint())) {
                run(file, passphrase, unknown.fingerprint());
            } else {
                Passphrases.wipe(passphrase);
                end(false, i18n.get("sync.import.untrusted"));
            }
        }).onError(InvalidInputException.class, refused -> {
            Passphrases.wipe(passphrase);
            end(true, i18n.format("sync.import.refused", file.getFileName(), i18n.problem(refused)));
        }).onError(error -> {
            Passphrases.wipe(passphrase);
            end(true, i18n.format("sync.import.error", file.getFileName(), message(error)));
        }).runOnce(context.executor());
    }

    private void end(boolean failure, String text) {
        show(failure, text);
        busy.set(false);
    }

    private void show(boolean failure, String text) {
        failed.set(failure);
        status.set(text);
    }

    private String message(Throwable error) {
        return i18n.problem(error);
    }
}
