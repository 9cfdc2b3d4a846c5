package app.caravan.ui.editor;

import app.caravan.app.ConsentRequiredException;
import app.caravan.app.NoMicrophoneException;
import app.caravan.app.Recording;
import app.caravan.domain.Attachment;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * The attachments of the open interview: listing, adding a file (streamed into the vault with
 * progress, cancellable), deleting, and recording from the microphone. Everything touching the
 * vault runs in the background; the file's bytes never exist anywhere but in the vault.
 */
final class AttachmentsModel {
    private static final DateTimeFormatter RECORDING_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    final BooleanProperty uploading = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty();
    final ObjectProperty<Recording> recording = new SimpleObjectProperty<>();

    private final SessionContext context;
    private final I18n i18n;
    private AtomicBoolean cancelUpload = new AtomicBoolean();
    private UUID interviewId;

    AttachmentsModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    void load(UUID id) {
        interviewId = id;
        attachments.clear();
        say("", false);
        if (id == null) {
            return;
        }
        Tasks.create(() -> context.session().attachments().list(id))
                .onSuccess(list -> {
                    if (id.equals(interviewId)) {
                        attachments.setAll(list);
                    }
                })
                .onError(error -> say(i18n.format("attachments.loadFailed", reason(error)), true))
                .runOnce(context.executor());
    }

    /** Streams {@code file} into the vault; progress goes from 0 to 1; {@link #cancelUpload()} stops it. */
    void add(Path file) {
        UUID id = interviewId;
        if (id == null || uploading.get()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelUpload = cancel;
        uploading.set(true);
        progress.set(0);
        say(i18n.format("attachments.adding", file.getFileName()), false);
        Tasks.create(() -> {
            long size = Files.size(file);
            try (InputStream in = new Cancellable(Files.newInputStream(file), cancel)) {
                return context.session().attachments().add(id, file.getFileName().toString(), null, in, size,
                        stored -> Platform.runLater(() -> progress.set(size == 0 ? 1 : (double) stored / size)));
            }
        }).onSuccess(added -> {
            if (id.equals(interviewId)) {
                attachments.add(added);
            }
            say(i18n.format("attachments.added", added.fileName()), false);
        }).onError(error -> say(cancel.get() ? i18n.get("attachments.cancelled")
                : i18n.format("attachments.addFailed", reason(error)), !cancel.get()))
                .andFinally(() -> uploading.set(false))
                .runOnce(context.executor());
    }

    /**
     * Stops the running upload at the next read; the vault then keeps nothing of it. The
     * worker is not interrupted: an interrupt inside the database's file I/O would close it.
     */
    void cancelUpload() {
        cancelUpload.set(true);
    }

    void delete(Attachment attachment) {
        Tasks.createVoid(() -> context.session().attachments().delete(attachment.id()))
                .onSuccess(done -> {
                    attachments.remove(attachment);
                    say(i18n.format("attachments.deleted", attachment.fileName()), false);
                })
                .onError(error -> say(i18n.format("attachments.deleteFailed", reason(error)), true))
                .runOnce(context.executor());
    }

    /** Ctrl+R: starts recording into the vault, or stops the running recording. */
    void toggleRecording() {
        Recording running = recording.get();
        if (running != null) {
            stopRecording(running);
            return;
        }
        UUID id = interviewId;
        if (id == null) {
            return;
        }
        String name = "recording-" + RECORDING_NAME.format(LocalDateTime.now()) + ".wav";
        Tasks.create(() -> {
            // Without a microphone nothing else matters: say that first, before any consent check.
            if (!context.session().recorder().microphoneAvailable()) {
                throw new NoMicrophoneException("no microphone", null);
            }
            return context.session().recorder().start(id, name);
        })
                .onSuccess(started -> {
                    recording.set(started);
                    say(i18n.get("attachments.recording"), false);
                })
                .onError(NoMicrophoneException.class, error -> say(i18n.get("attachments.noMicrophone"), true))
                .onError(error -> say(i18n.format("attachments.recordFailed", reason(error)), true))
                .runOnce(context.executor());
    }

    /**
     * Stops a running recording (the interview is left or the vault locked). Completes on the FX
     * thread once the recording's last part is stored, at once when there is none.
     */
    CompletableFuture<Void> stopRecordingIfAny() {
        return recording.get() == null ? CompletableFuture.completedFuture(null) : stopRecording(recording.get());
    }

    /** At process exit, when no callback runs any more: stores the recording's rest right here. */
    void stopRecordingBlocking() {
        Recording running = recording.get();
        recording.set(null);
        if (running != null) {
            try {
                running.stop();
            } catch (IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(AttachmentsModel.class.getName())
                        .warning("Stopping the recording on exit failed: " + e.getClass().getName());
            }
        }
    }

    private CompletableFuture<Void> stopRecording(Recording running) {
        UUID id = interviewId;
        recording.set(null);
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Tasks.create(running::stop)
                .onSuccess(stored -> {
                    if (id != null && id.equals(stored.interviewId()) && id.equals(interviewId)) {
                        attachments.add(stored);
                    }
                    say(i18n.format("attachments.recorded", stored.fileName()), false);
                })
                .onError(error -> say(i18n.format("attachments.recordFailed", reason(error)), true))
                .andFinally(() -> stopped.complete(null))
                .runOnce(context.executor());
        return stopped;
    }

    private void say(String text, boolean isError) {
        failed.set(isError);
        message.set(text);
    }

    private String reason(Throwable error) {
        if (error instanceof ConsentRequiredException consent
                && consent.use() == ConsentRequiredException.Use.AUDIO_RECORDING) {
            return i18n.get("attachments.needsAudioConsent");
        }
        return i18n.problem(error);
    }

    /** Reads through until cancelled, then fails, so the vault drops the partial attachment. */
    private static final class Cancellable extends FilterInputStream {
        private final AtomicBoolean cancelled;

        Cancellable(InputStream in, AtomicBoolean cancelled) {
            super(in);
            this.cancelled = cancelled;
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        private void check() throws InterruptedIOException {
            if (cancelled.get()) {
                throw new InterruptedIOException("cancelled by the user");
            }
        }
    }
}
