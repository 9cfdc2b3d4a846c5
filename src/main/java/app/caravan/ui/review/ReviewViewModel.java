package app.caravan.ui.review;

import app.caravan.app.ConflictException;
import app.caravan.app.InvalidInputException;
import app.caravan.app.NotFoundException;
import app.caravan.app.PermissionDeniedException;
import app.caravan.domain.AuditEntry;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Segment;
import app.caravan.domain.StatusChange;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review of one interview: transcript, consent, comments, status actions and history.
 * {@link #show} maps a {@link ReviewSnapshot} to properties without a JavaFX toolkit; the
 * commands run the vault work in background tasks and show every refusal in a dialog.
 */
public final class ReviewViewModel {
    // Properties
    public final ObjectProperty<Interview> interview = new SimpleObjectProperty<>();
    public final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.FIELD);
    public final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    public final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    public final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    public final ObservableList<ReviewAction> actions = FXCollections.observableArrayList();
    public final ObservableList<Segment> unconsentedQuotes = FXCollections.observableArrayList();
    /** "2 open · 1 resolved". */
    public final StringProperty commentSummary = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;
    private Consumer<Interview> onTransitioned = i -> { };
    private Runnable onCommentsChanged = () -> { };

    public ReviewViewModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    public void setOnTransitioned(Consumer<Interview> onTransitioned) {
        this.onTransitioned = onTransitioned;
    }

    public void setOnCommentsChanged(Runnable onCommentsChanged) {
        this.onCommentsChanged = onCommentsChanged;
    }

    // Commands

    public void show(ReviewSnapshot s) {
        role.set(s.role());
        // The lists first: whoever listens to the interview finds them already matching it.
        unconsentedQuotes.setAll(QuoteConsent.unconsentedQuotes(s.interview()));
        comments.setAll(s.comments());
        history.setAll(s.history());
        audit.setAll(s.audit());
        updateSummary();
        interview.set(s.interview());
        actions.setAll(ReviewAction.offered(s.interview().status(), s.allowed(), s.history()));
    }

    public void clear() {
        interview.set(null);
        comments.clear();
        history.clear();
        audit.clear();
        actions.clear();
        unconsentedQuotes.clear();
        commentSummary.set("");
    }

    public void load(UUID id) {
        run(() -> ReviewSnapshot.load(context.session(), id), this::show);
    }

    /** Adds a comment on [start, end) and reloads; a blank body is refused by the service. */
    public void addComment(int start, int end, String body) {
        UUID id = current();
        run(() -> {
            context.session().review().addComment(id, start, end, body);
            return ReviewSnapshot.load(context.session(), id);
        }, snapshot -> {
            show(snapshot);
            onCommentsChanged.run();
        });
    }

    public void resolve(ReviewComment comment) {
        changeComment(() -> context.session().review().resolve(comment.id()));
    }

    public void reopen(ReviewComment comment) {
        changeComment(() -> context.session().review().reopen(comment.id()));
    }

    /** Moves the interview on, after asking when the action says so. */
    public void transition(ReviewAction action) {
        Interview current = interview.get();
        if (current == null) {
            return;
        }
        String label = i18n.get(action.labelKey());
        if (action.confirm() && !context.dialogs().confirm(label, i18n.format("review.confirm.message",
                current.pseudonym(), i18n.label("status", action.to().key())), label)) {
            return;
        }
        UUID id = current.id();
        run(() -> {
            Interview moved = context.session().review().transition(id, action.to());
            return ReviewSnapshot.load(context.session(), moved.id());
        }, snapshot -> {
            show(snapshot);
            onTransitioned.accept(snapshot.interview());
        });
    }

    public long openCount() {
        return comments.stream().filter(ReviewComment::isOpen).count();
    }

    private void changeComment(Callable<ReviewComment> change) {
        UUID id = current();
        run(() -> {
            change.call();
            return ReviewSnapshot.load(context.session(), id);
        }, snapshot -> {
            show(snapshot);
            onCommentsChanged.run();
        });
    }

    private UUID current() {
        return interview.get() == null ? null : interview.get().id();
    }

    private void updateSummary() {
        long open = openCount();
        commentSummary.set(i18n.format("review.comments.summary", open, comments.size() - open));
    }

    private void run(Callable<ReviewSnapshot> work, Consumer<ReviewSnapshot> done) {
        busy.set(true);
        Tasks.create(work)
                .onSuccess(done)
                .onError(PermissionDeniedException.class, e -> error("review.error.permission", e))
                .onError(InvalidInputException.class, e -> error("review.error.invalid", e))
                .onError(ConflictException.class, e -> error("review.error.conflict", e))
                .onError(NotFoundException.class, e -> error("review.error.notFound", e))
                .onError(e -> error("review.error.failed", e))
                .andFinally(() -> busy.set(false))
                .runOnce(context.executor());
    }

    private void error(String titleKey, Throwable e) {
        String pseudonym = interview.get() == null ? "" : interview.get().pseudonym();
        context.dialogs().showError(i18n.get(titleKey), i18n.format("review.error.where", pseudonym,
                i18n.problem(e)));
    }
}
