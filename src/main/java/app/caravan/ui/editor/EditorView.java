package app.caravan.ui.editor;

import app.caravan.domain.Interview;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Scrolling;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The interview editor: a header with the pseudonym and the save state, and every field of the
 * interview in sections below. Saving is automatic ({@link Autosave}); opening another
 * interview first stores this one.
 */
public final class EditorView extends StackPane {
    static final Duration AUTOSAVE_DELAY = Duration.seconds(2);

    private final SessionContext context;
    private final I18n i18n;
    private final EditorViewModel vm;
    private final Autosave autosave;
    private final DetailsSection details;
    private final IdentitySection identity;
    private final BorderPane editor = new BorderPane();
    private final VBox empty;
    private final ProgressIndicator busy = new ProgressIndicator();
    private long openToken;

    public EditorView(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
        this.vm = new EditorViewModel(i18n, Clock.system(ZoneId.systemDefault()));
        this.autosave = new Autosave(vm, context, AUTOSAVE_DELAY);
        setId("editor");

        VocabularyCompletion completion = new VocabularyCompletion(context.vocabularyProperty());
        details = new DetailsSection(vm, completion, context.vocabularyProperty(), i18n);
        ConsentSection consent = new ConsentSection(vm.consent, i18n);
        TranscriptSection transcript = new TranscriptSection(vm, context.vocabularyProperty(), i18n);
        NotesSection notes = new NotesSection(vm, i18n);
        identity = new IdentitySection(vm.identity, i18n, this::revealIdentity);
        identity.hide.setOnAction(e -> autosave.flush().thenRun(vm::hideIdentity));

        VBox sections = new VBox(18, details.interviewBox(), details.intervieweeBox(), details.themesBox(),
                consent.box(), transcript.box(), notes.box(), identity.box(), recordInfo());
        sections.getStyleClass().add(UiStyles.PAGE);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        editor.setTop(header());
        editor.setCenter(scroll);
        // Tabbing through the long form must never leave the focused field below the fold.
        ChangeListener<Node> followFocus = (o, was, focused) -> {
            if (focused != null) {
                Scrolling.ensureVisible(scroll, focused);
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });

        Label emptyText = new Label(i18n.get("editor.empty"), Icons.of(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, 48));
        emptyText.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        emptyText.setWrapText(true);
        empty = new VBox(emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add(UiStyles.EMPTY_EDITOR);
        busy.setMaxSize(48, 48);
        busy.setVisible(false);
        getChildren().addAll(empty, editor, busy);
        editor.setVisible(false);
    }

    public void setOnSaved(Consumer<Interview> onSaved) {
        autosave.setOnSaved(onSaved);
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
                        context.dialogs().showError(i18n.get("editor.loadFailed"), String.valueOf(error.getMessage()));
                        result.complete(false);
                    })
                    .andFinally(() -> busy.setVisible(false))
                    .runOnce(context.executor());
        });
        return result;
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

    /**
     * Saves pending edits; when that fails (the status line says why), asks whether to go on
     * without them, so a persistent error cannot trap the user in one interview.
     */
    private CompletableFuture<Boolean> saveOrDiscard() {
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

    private void load(Interview interview) {
        ++openToken;
        autosave.reset();
        vm.load(interview, context.vocabulary());
        editor.setVisible(true);
        empty.setVisible(false);
    }

    /** Closes the editor without saving (after a flush, or when its interview was deleted). */
    public void clear() {
        ++openToken;
        autosave.reset();
        vm.hideIdentity();
        editor.setVisible(false);
        empty.setVisible(true);
    }

    /** Puts the cursor into the pseudonym with the placeholder selected, ready to be typed over. */
    public void focusPseudonym() {
        details.pseudonym.requestFocus();
        details.pseudonym.selectAll();
    }

    private void revealIdentity() {
        Interview interview = vm.base();
        if (interview == null) {
            return;
        }
        identity.loading.set(true);
        Tasks.create(() -> context.session().interviews().identity(interview.id()))
                .onSuccess(loaded -> {
                    if (vm.base() != null && vm.base().id().equals(interview.id())) {
                        vm.revealIdentity(loaded);
                    }
                })
                .onError(error -> context.dialogs().showError(i18n.get("identity.loadFailed"),
                        String.valueOf(error.getMessage())))
                .andFinally(() -> identity.loading.set(false))
                .runOnce(context.executor());
    }

    private HBox header() {
        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.pseudonym);
        title.setMinWidth(0);
        Label status = new Label();
        status.setId("saveStatus");
        status.getStyleClass().addAll(UiStyles.STATUS, Styles.TEXT_SMALL);
        status.textProperty().bind(autosave.statusProperty());
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        autosave.failedProperty().addListener((obs, old, failed) -> {
            status.pseudoClassStateChanged(Styles.STATE_DANGER, failed);
            status.getStyleClass().remove(UiStyles.STATUS_ERROR);
            if (failed) {
                status.getStyleClass().add(UiStyles.STATUS_ERROR);
            }
        });
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(14, 14);
        saving.visibleProperty().bind(autosave.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, saving, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(UiStyles.EDITOR_HEADER);
        return header;
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
        return app.caravan.ui.common.Sections.titled(i18n.get("editor.section.record"), MaterialDesignH.HISTORY, info);
    }
}
