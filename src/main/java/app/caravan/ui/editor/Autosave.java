package app.caravan.ui.editor;

import app.caravan.app.ConflictException;
import app.caravan.app.ConsentRequiredException;
import app.caravan.app.InterviewService;
import app.caravan.app.NotFoundException;
import app.caravan.app.SaveResult;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * Saves the editor without a save button: every edit restarts a short pause, and when the
 * user stops typing the interview is saved in the background. At most one save runs at a time;
 * edits made meanwhile are saved right after it. {@link #flush()} saves whatever is pending
 * now, for switching interviews, locking and closing. All methods run on the FX thread.
 */
public final class Autosave {
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorViewModel vm;
    private final SessionContext context;
    private final I18n i18n;
    private final PauseTransition pause;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final List<CompletableFuture<Boolean>> waiting = new ArrayList<>();
    private boolean dirty;
    private boolean identityDirty;
    private boolean saveAgain;
    private Consumer<Interview> onSaved = saved -> { };

    public Autosave(EditorViewModel vm, SessionContext context, Duration delay) {
        this.vm = vm;
        this.context = context;
        this.i18n = context.i18n();
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> save(false));
        vm.setOnEdited(() -> edited(false));
        vm.setOnIdentityEdited(() -> edited(true));
    }

    /** Called with every interview version the vault stored (to refresh the list). */
    public void setOnSaved(Consumer<Interview> onSaved) {
        this.onSaved = onSaved;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public boolean hasPendingChanges() {
        return dirty || identityDirty || saving.get();
    }

    /** Forgets pending changes (the interview was deleted, or a new one is loaded after a flush). */
    public void reset() {
        pause.stop();
        dirty = false;
        identityDirty = false;
        saveAgain = false;
        failed.set(false);
        status.set("");
    }

    /**
     * Saves pending edits now. Completes on the FX thread with true when everything is stored,
     * false when a save failed (the status line says why).
     */
    public CompletableFuture<Boolean> flush() {
        pause.stop();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        waiting.add(done);
        if (!saving.get()) {
            save(true);
        }
        return done;
    }

    /**
     * Last resort when the process is exiting and the FX thread will not run callbacks any more:
     * saves pending edits on the calling thread. Everything else uses {@link #flush()}.
     */
    public void saveBlocking() {
        pause.stop();
        Interview base = vm.base();
        if (base == null) {
            return;
        }
        InterviewService interviews = context.session().interviews();
        if (dirty) {
            vm.draft(true).ifPresent(draft -> interviews.save(new InterviewAssembler(context.vocabulary(),
                    context.session().vocabulary()).assemble(base, draft).interview()));
        }
        if (identityDirty && vm.identity.revealed.get()) {
            interviews.saveIdentity(base.id(), vm.identity.snapshot());
        }
        dirty = false;
        identityDirty = false;
    }

    private void edited(boolean identityEdit) {
        if (identityEdit) {
            identityDirty = true;
        } else {
            dirty = true;
        }
        if (!saving.get()) {
            status.set(i18n.get("autosave.pending"));
            failed.set(false);
        }
        pause.playFromStart();
    }

    private void save(boolean lenient) {
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        Interview base = vm.base();
        if (base == null || (!dirty && !identityDirty)) {
            finishWaiting(true);
            return;
        }
        boolean flushing = lenient || !waiting.isEmpty();
        Optional<InterviewDraft> draft = dirty ? vm.draft(flushing) : Optional.empty();
        if (dirty && draft.isEmpty()) {
            status.set(i18n.format("autosave.notSaved", vm.firstError()));
            failed.set(true);
            return;
        }
        // Only a revealed identity holds what the user typed; a hidden one is blank, never saved.
        Identity identity = identityDirty && vm.identity.revealed.get() ? vm.identity.snapshot() : null;
        boolean savingInterview = dirty;
        dirty = false;
        identityDirty = false;
        saving.set(true);
        status.set(i18n.get("autosave.saving"));
        InterviewAssembler assembler = new InterviewAssembler(context.vocabulary(), context.session().vocabulary());
        InterviewService interviews = context.session().interviews();
        Tasks.create(() -> {
            InterviewAssembler.Assembled assembled = draft.map(d -> assembler.assemble(base, d)).orElse(null);
            SaveResult result = assembled == null ? null : interviews.saveWithReport(assembled.interview());
            if (identity != null) {
                interviews.saveIdentity(base.id(), identity);
            }
            return new Outcome(result == null ? null : result.saved(), result == null ? 0 : result.unmarkedQuotes(),
                    assembled != null && !assembled.addedEntries().isEmpty());
        }).onSuccess(outcome -> {
            saving.set(false);
            if (outcome.saved() != null && vm.base() != null && vm.base().id().equals(outcome.saved().id())) {
                vm.rebase(outcome.saved());
                vm.quotesUnmarkedBySave(outcome.unmarkedQuotes());
            }
            if (outcome.saved() != null) {
                onSaved.accept(outcome.saved());
            }
            if (outcome.vocabularyChanged()) {
                context.refreshVocabulary();
            }
            failed.set(false);
            status.set(dirty || identityDirty ? i18n.get("autosave.pending")
                    : i18n.format("autosave.saved", CLOCK.format(LocalTime.now())));
            continueAfterSave();
        }).onError(error -> {
            saving.set(false);
            dirty |= savingInterview;
            identityDirty |= identity != null;
            failed.set(true);
            status.set(i18n.format("autosave.notSaved", reason(error)));
            // The status line tells the user; the log keeps the class, the stack only at FINE.
            LOG.warning("Autosave failed: " + error.getClass().getName());
            LOG.log(Level.FINE, "Autosave failure", error);
            saveAgain = false;
            finishWaiting(false);
        }).runOnce(context.executor());
    }

    private void continueAfterSave() {
        if (!waiting.isEmpty()) {
            save(true);
        } else if (saveAgain) {
            saveAgain = false;
            save(false);
        }
        // Otherwise pending edits, if any, are saved when the running pause ends.
    }

    private void finishWaiting(boolean success) {
        List<CompletableFuture<Boolean>> done = new ArrayList<>(waiting);
        waiting.clear();
        done.forEach(f -> f.complete(success));
    }

    private String reason(Throwable error) {
        if (error instanceof ConflictException) {
            return i18n.get("autosave.conflict");
        }
        if (error instanceof NotFoundException) {
            return i18n.get("autosave.deleted");
        }
        if (error instanceof ConsentRequiredException consent) {
            return i18n.get("autosave.consent." + consent.use().name().toLowerCase(java.util.Locale.ROOT));
        }
        return i18n.problem(error);
    }

    private record Outcome(Interview saved, int unmarkedQuotes, boolean vocabularyChanged) {
    }
}
