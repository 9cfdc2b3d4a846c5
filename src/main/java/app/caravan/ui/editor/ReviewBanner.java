package app.caravan.ui.editor;

import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Status;
import app.caravan.ui.common.CommentLabels;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The interviewer's side of the review, above the editor's tabs: the review status and how
 * many comments are open, the open comments themselves (a click selects the commented text,
 * "Resolve" closes one), and "Submit for review" when the vault's role may submit. A submit
 * first stores pending edits and then reloads the interview, whose revision it bumps.
 */
final class ReviewBanner {
    private final SessionContext context;
    private final I18n i18n;
    private final Consumer<ReviewComment> onSelect;
    private final Supplier<CompletableFuture<Boolean>> flush;
    private final Consumer<Interview> onSubmitted;
    private final Label summary = new Label();
    private final ToggleButton expand = new ToggleButton();
    private final Button submit;
    private final VBox list = new VBox(6);
    private final VBox box;
    private Interview shown;
    private long token;

    ReviewBanner(SessionContext context, Consumer<ReviewComment> onSelect, Supplier<CompletableFuture<Boolean>> flush,
            Consumer<Interview> onSubmitted) {
        this.context = context;
        this.i18n = context.i18n();
        this.onSelect = onSelect;
        this.flush = flush;
        this.onSubmitted = onSubmitted;
        summary.setId("reviewSummary");
        summary.setGraphic(Icons.of(MaterialDesignC.COMMENT_ALERT_OUTLINE));
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        expand.setId("showReviewComments");
        expand.getStyleClass().add(Styles.SMALL);
        expand.setMinWidth(Region.USE_PREF_SIZE);
        expand.textProperty().bind(javafx.beans.binding.Bindings.when(expand.selectedProperty())
                .then(i18n.get("review.banner.hide")).otherwise(i18n.get("review.banner.show")));
        expand.managedProperty().bind(expand.visibleProperty());
        submit = new Button(i18n.get("review.action.submit"), Icons.of(MaterialDesignS.SEND_OUTLINE));
        submit.setId("submitForReview");
        submit.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        submit.setTooltip(new Tooltip(Shortcut.SUBMIT_FOR_REVIEW.display()));
        submit.setMinWidth(Region.USE_PREF_SIZE);
        submit.managedProperty().bind(submit.visibleProperty());
        submit.setOnAction(e -> submit());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, summary, spacer, expand, submit);
        row.setAlignment(Pos.CENTER_LEFT);
        list.setId("openComments");
        list.visibleProperty().bind(expand.selectedProperty().and(expand.visibleProperty()));
        list.managedProperty().bind(list.visibleProperty());
        box = new VBox(8, row, list);
        box.setId("reviewBanner");
        box.getStyleClass().add(UiStyles.REVIEW_BANNER);
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
    }

    VBox node() {
        return box;
    }

    /** Reads the review state of {@code interview} in the background and shows it. */
    void show(Interview interview) {
        long mine = ++token;
        shown = interview;
        if (interview == null) {
            box.setVisible(false);
            return;
        }
        UUID id = interview.id();
        Tasks.create(() -> new State(context.session().review().comments(id).stream()
                        .filter(ReviewComment::isOpen).toList(),
                        context.session().review().allowedTransitions(interview.status())))
                .onSuccess(state -> {
                    if (mine == token) {
                        display(interview.status(), state);
                    }
                })
                .onError(e -> box.setVisible(false))
                .runOnce(context.executor());
    }

    /** Ctrl+Shift+Enter and the button: store the edits, submit, reload. */
    void submit() {
        Interview current = shown;
        if (current == null || !submit.isVisible() || submit.isDisabled()) {
            return;
        }
        submit.setDisable(true);
        flush.get().thenAccept(saved -> {
            if (!saved) {
                submit.setDisable(false);
                return;
            }
            Tasks.create(() -> context.session().review().transition(current.id(), Status.SUBMITTED))
                    .onSuccess(onSubmitted)
                    .onError(e -> context.dialogs().showError(i18n.get("review.error.failed"),
                            i18n.format("review.error.where", current.pseudonym(), i18n.problem(e))))
                    .andFinally(() -> submit.setDisable(false))
                    .runOnce(context.executor());
        });
    }

    private record State(List<ReviewComment> open, List<Status> allowed) {
    }

    private void display(Status status, State state) {
        int open = state.open().size();
        boolean canSubmit = state.allowed().contains(Status.SUBMITTED);
        String text = status == Status.CHANGES_REQUESTED ? i18n.get("review.banner.changesRequested") + " "
                : i18n.format("review.banner.status", i18n.label("status", status.key())) + " · ";
        summary.setText(text + i18n.format("review.banner.open", open));
        expand.setVisible(open > 0);
        submit.setVisible(canSubmit);
        list.getChildren().setAll(state.open().stream().map(this::row).toList());
        if (open > 0 && status == Status.CHANGES_REQUESTED) {
            expand.setSelected(true);
        }
        // A draft nobody commented on has nothing to say here beyond the submit button.
        box.setVisible(open > 0 || status != Status.DRAFT || canSubmit);
    }

    private HBox row(ReviewComment c) {
        Label quote = CommentLabels.quote(c);
        Label body = CommentLabels.body(c);
        Label who = new Label(c.author() + (c.detached() ? " · " + i18n.get("review.comment.detached") : ""));
        who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        who.setWrapText(true);
        VBox text = new VBox(2, quote, body, who);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        Button resolve = new Button(i18n.get("review.comment.resolve"), Icons.of(MaterialDesignC.CHECK));
        resolve.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
        resolve.setMinWidth(Region.USE_PREF_SIZE);
        resolve.setOnAction(e -> resolve(c, resolve));
        HBox row = new HBox(10, text, resolve);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!c.detached()) {
            text.setOnMouseClicked(e -> onSelect.accept(c));
            text.setCursor(javafx.scene.Cursor.HAND);
        }
        return row;
    }

    private void resolve(ReviewComment c, Button button) {
        button.setDisable(true);
        Tasks.create(() -> context.session().review().resolve(c.id()))
                .onSuccess(done -> show(shown))
                .onError(e -> {
                    button.setDisable(false);
                    context.dialogs().showError(i18n.get("review.error.failed"),
                            i18n.format("review.error.where", shown.pseudonym(), i18n.problem(e)));
                })
                .runOnce(context.executor());
    }
}
