package app.caravan.ui.editor;

import app.caravan.domain.Interview;
import app.caravan.domain.Tombstone;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Scrolling;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The interview editor: a header (pseudonym, timer, save state) and four tabs: the consent
 * checklist (where a new interview opens), the details, the transcript with coding and notes,
 * and the attachments. Saving is automatic ({@link Autosave}); opening another interview first
 * stores this one. Withdrawal, purge and the keyboard shortcuts live in {@link EditorActions}.
 */
public final class EditorView extends StackPane {
    static final Duration AUTOSAVE_DELAY = Duration.seconds(2);

    final SessionContext context;
    final I18n i18n;
    final EditorViewModel vm;
    final Autosave autosave;
    final TimerControls timer;
    final ConsentSection consent;
    final WithdrawalSection withdrawal;
    final DetailsSection details;
    final IdentitySection identity;
    final TranscriptPane transcript;
    final AttachmentsSection attachments;
    final TabPane tabs = new TabPane();
    final Tab consentTab;
    final Tab detailsTab;
    final Tab transcriptTab;
    final Tab attachmentsTab;
    final EditorActions actions;
    final ReviewBanner review;
    private final BorderPane editor = new BorderPane();
    private final VBox empty;
    private final VBox tombstone = new VBox(12);
    private final ProgressIndicator busy = new ProgressIndicator();
    private Consumer<Interview> onSaved = saved -> { };
    private long openToken;

    public EditorView(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
        this.vm = new EditorViewModel(i18n, Clock.system(ZoneId.systemDefault()));
        this.autosave = new Autosave(vm, context, AUTOSAVE_DELAY);
        this.timer = new TimerControls(i18n);
        this.actions = new EditorActions(this);
        setId("editor");

        VocabularyCompletion completion = new VocabularyCompletion(context.vocabularyProperty(), i18n);
        details = new DetailsSection(context, vm, completion);
        consent = new ConsentSection(vm, i18n);
        withdrawal = new WithdrawalSection(vm, i18n, actions::withdraw, actions::purge);
        transcript = new TranscriptPane(vm, context.vocabularyProperty(), i18n, timer::elapsed, actions::insertMark,
                () -> tabs.getSelectionModel().select(0));
        attachments = new AttachmentsSection(context, vm);
        transcript.area().setOnSeek(attachments::seek);
        identity = new IdentitySection(vm.identity, i18n, actions::revealIdentity);
        identity.hide.setOnAction(e -> autosave.flush().thenRun(vm::hideIdentity));
        for (Node box : new Node[] {details.interviewBox(), details.intervieweeBox(), details.themesBox()}) {
            box.disableProperty().bind(vm.withdrawn);
        }

        consentTab = tab("tab-consent", "editor.tab.consent", MaterialDesignH.HANDSHAKE_OUTLINE,
                scrolling(consent.box(), withdrawal.withdrawalBox(), withdrawal.historyBox()));
        detailsTab = tab("tab-details", "editor.tab.details", MaterialDesignI.INFORMATION_OUTLINE,
                scrolling(details.interviewBox(), details.intervieweeBox(), details.themesBox(), identity.box(),
                        recordInfo()));
        transcriptTab = tab("tab-transcript", "editor.tab.transcript", MaterialDesignT.TEXT_BOX_OUTLINE,
                transcript.node());
        attachmentsTab = tab("tab-attachments", "editor.tab.attachments", MaterialDesignP.PAPERCLIP,
                attachments.node());
        // The transcript tab shows a lock while consent is missing: the reason is one click away.
        transcriptTab.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(vm.contentAllowed.get()
                ? MaterialDesignT.TEXT_BOX_OUTLINE : MaterialDesignF.FILE_LOCK_OUTLINE), vm.contentAllowed));
        tabs.getTabs().setAll(consentTab, detailsTab, transcriptTab, attachmentsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("editorTabs");
        tabs.getStyleClass().add(UiStyles.EDITOR_TABS);

        autosave.setOnSaved(saved -> {
            actions.saved(saved);
            onSaved.accept(saved);
        });
        review = new ReviewBanner(context, comment -> {
            tabs.getSelectionModel().select(transcriptTab);
            transcript.area().select(comment.start(), comment.end());
        }, autosave::flush, moved -> {
            load(moved);
            notifySaved(moved);
        });
        editor.setTop(new VBox(new EditorHeader(vm, autosave, timer, i18n).node(), review.node()));
        editor.setCenter(tabs);

        Label emptyText = new Label(i18n.get("editor.empty"), Icons.of(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, 48));
        emptyText.setContentDisplay(ContentDisplay.TOP);
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        emptyText.setWrapText(true);
        empty = new VBox(emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add(UiStyles.EMPTY_EDITOR);
        tombstone.setId("tombstone");
        tombstone.setAlignment(Pos.CENTER);
        tombstone.getStyleClass().add(UiStyles.EMPTY_EDITOR);
        busy.setMaxSize(48, 48);
        busy.setVisible(false);
        getChildren().addAll(empty, tombstone, editor, busy);
        showOnly(empty);
    }

    /**
     * The editor's shortcuts. The page hosting the editor passes its key events here, so they
     * work wherever the focus is on that page (e.g. still in the interview list).
     */
    public void handleShortcut(javafx.scene.input.KeyEvent event) {
        actions.shortcut(event);
    }

    public void setOnSaved(Consumer<Interview> onSaved) {
        this.onSaved = onSaved;
    }

    /** Called after the open interview's content was purged, with what remains of it. */
    public void setOnPurged(Consumer<Tombstone> onPurged) {
        actions.setOnPurged(onPurged);
    }

    public Optional<UUID> currentId() {
        return Optional.ofNullable(vm.base()).map(Interview::id);
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Saves pending edits now; completes with false when they could not be saved. */
    public CompletableFuture<Boolean> flush() {
        return autosave.flush();
    }

    /**
     * Before lock or close: a running recording is stopped and stored, playback ends, and
     * pending edits are saved. Completes with false when the edits could not be saved.
     */
    public CompletableFuture<Boolean> prepareToClose() {
        attachments.player.dispose();
        return attachments.model.stopRecordingIfAny().thenCompose(stopped -> autosave.flush());
    }

    /** At process exit: the same as {@link #prepareToClose()}, on the calling thread. */
    public void closeNow() {
        attachments.player.dispose();
        attachments.model.stopRecordingBlocking();
        autosave.saveBlocking();
    }

    /**
     * Saves the open interview, then loads and shows {@code id}. Completes with false (and
     * leaves the current interview open) when the pending edits could not be saved.
     */
    public CompletableFuture<Boolean> open(UUID id) {
        long token = ++openToken;
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        saveOrDiscard().thenAccept(saved -> {
            if (!saved) {
                result.complete(false);
                return;
            }
            busy.setVisible(true);
            Tasks.create(() -> context.session().interviews().get(id))
                    .onSuccess(interview -> {
                        if (token == openToken) {
                            load(interview);
                        }
                        result.complete(true);
                    })
                    .onError(error -> {
                        context.dialogs().showError(i18n.get("editor.loadFailed"), i18n.problem(error));
                        result.complete(false);
                    })
                    .andFinally(() -> busy.setVisible(false))
                    .runOnce(context.executor());
        });
        return result;
    }

    /**
     * Opens {@code id} (unless it is already open) on the transcript tab with [start, end)
     * selected and scrolled into view: where a search hit is. An empty range just places the caret.
     */
    public CompletableFuture<Boolean> openAt(UUID id, int start, int end) {
        boolean open = currentId().map(id::equals).orElse(false) && isShowingInterview();
        return (open ? CompletableFuture.completedFuture(true) : open(id)).thenApply(opened -> {
            if (opened && currentId().map(id::equals).orElse(false)) {
                tabs.getSelectionModel().select(transcriptTab);
                transcript.area().selectRange(start, end);
            }
            return opened;
        });
    }

    /**
     * Saves the open interview, then shows {@code interview}, which is already at hand (just
     * created). Completes with false, leaving the current one open, when saving failed.
     */
    public CompletableFuture<Boolean> show(Interview interview) {
        long token = ++openToken;
        return saveOrDiscard().thenApply(saved -> {
            if (saved && token == openToken) {
                load(interview);
            }
            return saved;
        });
    }

    /** What remains of a purged interview: its dates, nothing else. */
    public CompletableFuture<Boolean> showTombstone(Tombstone remains) {
        long token = ++openToken;
        return saveOrDiscard().thenApply(saved -> {
            if (saved && token == openToken) {
                leave();
                DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale());
                Label title = new Label(i18n.get("tombstone.title"), Icons.of(MaterialDesignD.DELETE_FOREVER_OUTLINE, 48));
                title.setContentDisplay(ContentDisplay.TOP);
                title.getStyleClass().add(Styles.TITLE_3);
                Label text = new Label(i18n.format("tombstone.text", format.format(remains.withdrawnAt()),
                        format.format(remains.purgedAt().atZone(ZoneId.systemDefault()))));
                text.setId("tombstoneText");
                text.setWrapText(true);
                text.setMaxWidth(460);
                text.getStyleClass().add(Styles.TEXT_MUTED);
                tombstone.getChildren().setAll(title, text);
                showOnly(tombstone);
            }
            return saved;
        });
    }

    /** Closes the editor without saving (after a flush, or when its interview was deleted). */
    public void clear() {
        ++openToken;
        leave();
        showOnly(empty);
    }

    /** True while an interview (not a tombstone or nothing) is on screen. */
    public boolean isShowingInterview() {
        return editor.isVisible();
    }

    /** A new interview: the consent checklist comes first, with the cursor on participation. */
    public void focusConsent() {
        tabs.getSelectionModel().select(consentTab);
        consent.focus();
    }

    /** Puts the cursor into the pseudonym with the placeholder selected, ready to be typed over. */
    public void focusPseudonym() {
        tabs.getSelectionModel().select(detailsTab);
        details.pseudonym.requestFocus();
        details.pseudonym.selectAll();
    }

    void load(Interview interview) {
        ++openToken;
        boolean other = vm.base() == null || !vm.base().id().equals(interview.id());
        autosave.reset();
        vm.load(interview, context.vocabulary());
        if (other) {
            timer.show(interview.id());
            attachments.show(interview.id());
        }
        actions.loaded(interview);
        review.show(interview);
        if (!interview.consent().participation() && !interview.consent().isWithdrawn()) {
            tabs.getSelectionModel().select(consentTab);
        }
        showOnly(editor);
    }

    /**
     * Saves pending edits; when that fails (the status line says why), asks whether to go on
     * without them, so a persistent error cannot trap the user in one interview.
     */
    CompletableFuture<Boolean> saveOrDiscard() {
        return autosave.flush().thenApply(saved -> {
            if (saved) {
                return true;
            }
            boolean discard = context.dialogs().confirm(i18n.get("editor.unsaved.title"),
                    i18n.format("editor.unsaved.message", autosave.statusProperty().get()),
                    i18n.get("editor.unsaved.discard"));
            if (discard) {
                autosave.reset();
            }
            return discard;
        });
    }

    /** A version stored outside autosave (a withdrawal): the list shows it like a save. */
    void notifySaved(Interview saved) {
        onSaved.accept(saved);
    }

    void setBusy(boolean value) {
        busy.setVisible(value);
    }

    boolean isOpen(Interview interview) {
        return vm.base() != null && Objects.equals(vm.base().id(), interview.id());
    }

    private void leave() {
        autosave.reset();
        vm.hideIdentity();
        attachments.show(null);
    }

    private void showOnly(Node node) {
        for (Node child : new Node[] {empty, tombstone, editor}) {
            child.setVisible(child == node);
        }
    }

    private Tab tab(String id, String titleKey, Ikon icon, Node content) {
        Tab tab = new Tab(i18n.get(titleKey), content);
        tab.setId(id);
        tab.setGraphic(Icons.of(icon));
        return tab;
    }

    /** A tab's content that scrolls, keeping the focused field visible while tabbing through. */
    private ScrollPane scrolling(Node... sections) {
        VBox page = new VBox(18, sections);
        page.getStyleClass().add(UiStyles.PAGE);
        return Scrolling.followingFocus(this, page);
    }

    private VBox recordInfo() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        Label info = new Label();
        info.setId("recordInfo");
        info.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            Interview base = vm.base();
            return base == null ? "" : i18n.format("editor.recordInfo", format.format(base.createdAt()),
                    format.format(base.updatedAt()), base.revision());
        }, vm.baseProperty()));
        return Sections.titled(i18n.get("editor.section.record"), MaterialDesignH.HISTORY, info);
    }
}
