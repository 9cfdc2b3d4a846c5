package app.caravan.ui.library;

import app.caravan.app.InvalidInputException;
import app.caravan.app.SearchHit;
import app.caravan.app.SearchResult;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The library's full-text search: typing waits {@link #DEBOUNCE} for a pause, then searches in
 * the background within the interviews the filter shows. A newer query cancels the running one
 * and a late answer to an old query is dropped, so results always belong to what is typed.
 */
final class SearchModel {
    static final Duration DEBOUNCE = Duration.millis(250);
    static final int LIMIT = 200;

    final StringProperty query = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty();
    final BooleanProperty running = new SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty("");
    final ObjectProperty<SearchResult> result = new SimpleObjectProperty<>();
    final ObservableList<SearchHit> hits = FXCollections.observableArrayList();

    private final SessionContext context;
    private final Supplier<Set<UUID>> within;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private Task<SearchResult> task;
    private long token;

    SearchModel(SessionContext context, Supplier<Set<UUID>> within) {
        this.context = context;
        this.within = within;
        debounce.setOnFinished(e -> run());
        query.addListener((obs, old, now) -> {
            boolean on = now != null && !now.isBlank();
            active.set(on);
            if (on) {
                debounce.playFromStart();
            } else {
                debounce.stop();
                cancel();
                hits.clear();
                result.set(null);
                error.set("");
            }
        });
    }

    /** The filter changed: the same query again, within the new set. */
    void filterChanged() {
        if (active.get()) {
            debounce.playFromStart();
        }
    }

    void clear() {
        query.set("");
    }

    private void run() {
        String q = query.get();
        if (q == null || q.isBlank()) {
            return;
        }
        cancel();
        long mine = ++token;
        Set<UUID> ids = within.get();
        running.set(true);
        task = Tasks.create(() -> context.session().search().search(q, ids, LIMIT))
                .onSuccess(found -> {
                    if (mine == token) {
                        error.set("");
                        result.set(found);
                        hits.setAll(found.hits());
                    }
                })
                .onError(InvalidInputException.class, e -> failed(mine, context.i18n().problem(e)))
                .onError(e -> failed(mine, context.i18n().format("search.failed", context.i18n().problem(e))))
                .andFinally(() -> {
                    if (mine == token) {
                        running.set(false);
                    }
                })
                .runOnce(context.executor());
    }

    private void failed(long mine, String message) {
        if (mine == token) {
            hits.clear();
            result.set(null);
            error.set(message);
        }
    }

    private void cancel() {
        ++token;
        running.set(false);
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
