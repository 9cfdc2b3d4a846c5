package app.caravan.ui.editor;

import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.domain.Tombstone;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.Tasks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;

/**
 * What the editor does beyond editing fields: withdrawal and purge, the consent history, the
 * identity reveal, timestamp marks, and every keyboard shortcut of the editor.
 */
final class EditorActions {
    private final EditorView view;
    private Consumer<Tombstone> onPurged = t -> { };
    private Consent lastConsent;
    private long historyToken;

    EditorActions(EditorView view) {
        this.view = view;
    }

    void setOnPurged(Consumer<Tombstone> onPurged) {
        this.onPurged = onPurged;
    }

    /** An interview was loaded into the editor. */
    void loaded(Interview interview) {
        lastConsent = interview.consent();
        loadHistory(interview.id());
    }

    /** A save went through: a changed consent means a new history entry to show. */
    void saved(Interview saved) {
        if (view.isOpen(saved) && !Objects.equals(lastConsent, saved.consent())) {
            lastConsent = saved.consent();
            loadHistory(saved.id());
        }
    }

    /** One action: confirm, store pending edits, record the withdrawal with its date. */
    void withdraw(LocalDate date) {
        Interview base = view.vm.base();
        I18n i18n = view.i18n;
        if (base == null || view.vm.withdrawn.get() || date == null) {
            return;
        }
        String shown = Dates.shortFormat(i18n.locale()).format(date);
        if (!view.context.dialogs().confirm(i18n.get("withdrawal.confirm.title"),
                i18n.format("withdrawal.confirm.message", view.vm.pseudonym.get(), shown),
                i18n.get("withdrawal.confirm.button"))) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime at = date.equals(LocalDate.now(zone)) ? OffsetDateTime.now(zone)
                : date.atStartOfDay(zone).toOffsetDateTime();
        view.saveOrDiscard().thenAccept(saved -> {
            if (!saved) {
                return;
            }
            view.setBusy(true);
            Tasks.create(() -> view.context.session().interviews().withdraw(base.id(), at))
                    .onSuccess(withdrawn -> {
                        if (view.isOpen(withdrawn)) {
                            view.attachments.model.stopRecordingIfAny();
                            view.load(withdrawn);
                        }
                        view.notifySaved(withdrawn);
                    })
                    .onError(error -> view.context.dialogs().showError(i18n.get("withdrawal.failed"),
                            i18n.problem(error)))
                    .andFinally(() -> view.setBusy(false))
                    .runOnce(view.context.executor());
        });
    }

    /** Erases a withdrawn interview's content after the user typed its pseudonym to confirm. */
    void purge() {
        Interview base = view.vm.base();
        I18n i18n = view.i18n;
        if (base == null || !view.vm.withdrawn.get()) {
            return;
        }
        String word = base.pseudonym();
        if (!view.context.dialogs().confirmTyped(i18n.get("purge.confirm.title"),
                i18n.format("purge.confirm.message", word), word, i18n.get("purge.confirm.button"))) {
            return;
        }
        view.saveOrDiscard().thenAccept(saved -> {
            if (!saved) {
                return;
            }
            view.setBusy(true);
            Tasks.create(() -> view.context.session().interviews().purge(base.id()))
                    .onSuccess(remains -> {
                        view.showTombstone(remains);
                        onPurged.accept(remains);
                    })
                    .onError(error -> view.context.dialogs().showError(i18n.get("purge.failed"),
                            i18n.problem(error)))
                    .andFinally(() -> view.setBusy(false))
                    .runOnce(view.context.executor());
        });
    }

    void revealIdentity() {
        Interview interview = view.vm.base();
        if (interview == null) {
            return;
        }
        view.identity.loading.set(true);
        Tasks.create(() -> view.context.session().interviews().identity(interview.id()))
                .onSuccess(loaded -> {
                    if (view.isOpen(interview)) {
                        view.vm.revealIdentity(loaded);
                    }
                })
                .onError(error -> view.context.dialogs().showError(view.i18n.get("identity.loadFailed"),
                        view.i18n.problem(error)))
                .andFinally(() -> view.identity.loading.set(false))
                .runOnce(view.context.executor());
    }

    /** Ctrl+Shift+T: {@code [hh:mm:ss] } of the interview timer at the caret. */
    void insertMark() {
        if (!view.vm.contentAllowed.get()) {
            select(view.consentTab);
            return;
        }
        select(view.transcriptTab);
        view.transcript.area().insertAtCaret(view.timer.mark() + " ");
    }

    void shortcut(KeyEvent e) {
        if (view.vm.base() == null || !view.isVisible()) {
            return;
        }
        if (handle(e)) {
            e.consume();
        }
    }

    private boolean handle(KeyEvent e) {
        List<Shortcut> codes = Shortcut.codeShortcuts();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).matches(e)) {
                select(view.transcriptTab);
                view.transcript.codeQuick(i + 1);
                return true;
            }
        }
        Shortcut matched = java.util.Arrays.stream(Shortcut.values()).filter(s -> s.matches(e)).findFirst().orElse(null);
        if (matched == null) {
            return false;
        }
        switch (matched) {
            case TAB_CONSENT -> select(view.consentTab);
            case TAB_DETAILS -> select(view.detailsTab);
            case TAB_TRANSCRIPT -> select(view.transcriptTab);
            case TAB_ATTACHMENTS -> select(view.attachmentsTab);
            case SAVE_NOW -> view.autosave.flush();
            case PROPOSE_PSEUDONYM -> {
                select(view.detailsTab);
                view.details.pseudonymRow.propose();
            }
            case REVEAL_IDENTITY -> {
                select(view.detailsTab);
                if (view.vm.identity.revealed.get()) {
                    view.identity.hide.fire();
                } else {
                    revealIdentity();
                }
            }
            case WITHDRAW -> {
                select(view.consentTab);
                view.withdrawal.withdraw(this::withdraw);
            }
            case PURGE -> purge();
            case TIMER -> view.timer.toggle();
            case TIMESTAMP -> insertMark();
            case CODE_CHOSEN -> inTranscript(view.transcript::codeChosen);
            case MEMO -> inTranscript(() -> view.transcript.segments().editMemo());
            case QUOTABLE -> inTranscript(() -> view.transcript.segments().toggleQuotable());
            case REMOVE_SEGMENT -> inTranscript(() -> view.transcript.segments().removeCurrent());
            case ADD_NOTE -> inTranscript(() -> view.transcript.notes().startNote());
            case ADD_ATTACHMENT -> {
                select(view.attachmentsTab);
                view.attachments.chooseAndAdd();
            }
            case RECORD -> {
                select(view.attachmentsTab);
                view.attachments.model.toggleRecording();
            }
            case PLAY -> view.attachments.player.togglePlay();
            case SUBMIT_FOR_REVIEW -> view.review.submit();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void inTranscript(Runnable action) {
        select(view.transcriptTab);
        action.run();
    }

    private void select(Tab tab) {
        view.tabs.getSelectionModel().select(tab);
    }

    private void loadHistory(UUID id) {
        long token = ++historyToken;
        Tasks.create(() -> view.context.session().interviews().consentHistory(id))
                .onSuccess(changes -> {
                    if (token == historyToken) {
                        view.withdrawal.setHistory(changes);
                    }
                })
                .onError(error -> view.withdrawal.setHistory(List.of()))
                .runOnce(view.context.executor());
    }
}
