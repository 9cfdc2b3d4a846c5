package app.caravan.ui.review;

import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;

/**
 * The Review page: the queue on the left, the selected interview's review on the right. Before
 * it reads an interview the editor stores its pending edits, and after a transition the editor
 * reloads (with the comments it shows), since a transition bumps the interview's revision.
 */
public final class ReviewPage extends SplitPane {
    private final QueueViewModel queue;
    private final ReviewViewModel review;
    private final QueueView queueView;
    private final ReviewView reviewView;
    private final Supplier<CompletableFuture<Boolean>> flushEditor;
    private boolean selecting;

    public ReviewPage(SessionContext context, Supplier<CompletableFuture<Boolean>> flushEditor,
            Runnable onChanged) {
        this.flushEditor = flushEditor;
        setId("reviewPage");
        queue = new QueueViewModel(context);
        review = new ReviewViewModel(context);
        queueView = new QueueView(queue, context.i18n());
        reviewView = new ReviewView(context, review);
        review.setOnTransitioned(moved -> {
            onChanged.run();
            // A desk that started a review finds the interview under "In review": the tab follows it.
            if (queue.role.get() == Role.DESK && Queue.DESK_STATUSES.contains(moved.status())) {
                queue.filter.set(moved.status());
            }
            refresh();
        });
        review.setOnCommentsChanged(() -> {
            onChanged.run();
            refresh();
        });
        queueView.list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (!selecting && entry != null) {
                open(entry.summary().id());
            }
        });
        getItems().setAll(queueView, reviewView);
        setDividerPositions(0.26);
        SplitPane.setResizableWithParent(queueView, false);
    }

    /** Reads the queue again (the page was shown, the role changed, a review step was taken). */
    public void refresh() {
        queue.load(this::reselect);
    }

    /** Opens {@code id} for review once the editor has stored what it has pending. */
    public void open(UUID id) {
        flushEditor.get().thenRun(() -> reviewView.open(id));
    }

    public void handleShortcut(KeyEvent event) {
        if (Shortcut.REVIEW_COMMENT.matches(event)) {
            reviewView.comment();
            event.consume();
        }
    }

    private void reselect() {
        Interview shown = review.interview.get();
        selecting = true;
        try {
            queueView.list.getSelectionModel().clearSelection();
            if (shown != null) {
                queue.entries.stream().filter(e -> e.summary().id().equals(shown.id())).findFirst()
                        .ifPresent(e -> queueView.list.getSelectionModel().select(e));
            }
        } finally {
            selecting = false;
        }
        if (shown != null) {
            review.load(shown.id());
        }
    }
}
