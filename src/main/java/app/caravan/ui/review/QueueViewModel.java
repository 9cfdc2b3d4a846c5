package app.caravan.ui.review;

import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The review queue: the vault's role, the desk's status tab with counts, and the entries listed. */
public final class QueueViewModel {
    public final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.FIELD);
    public final ObjectProperty<Status> filter = new SimpleObjectProperty<>(Status.SUBMITTED);
    public final ObservableList<QueueEntry> entries = FXCollections.observableArrayList();
    public final ObservableMap<Status, Integer> counts = FXCollections.observableHashMap();

    private final SessionContext context;
    private List<InterviewSummary> all = List.of();
    private Map<UUID, Integer> openComments = Map.of();

    public QueueViewModel(SessionContext context) {
        this.context = context;
        filter.addListener((obs, old, now) -> arrange());
    }

    record Loaded(Role role, List<InterviewSummary> all, Map<UUID, Integer> openComments) {
    }

    /** Reads the list again in the background; {@code then} runs on the FX thread afterwards. */
    public void load(Runnable then) {
        Tasks.create(() -> new Loaded(context.session().review().role(), context.session().interviews().list(),
                        context.session().review().openCommentCounts()))
                .onSuccess(loaded -> {
                    show(loaded.role(), loaded.all(), loaded.openComments());
                    then.run();
                })
                .onError(e -> context.dialogs().showError(context.i18n().get("review.error.failed"),
                        context.i18n().format("review.error.queue", context.i18n().problem(e))))
                .runOnce(context.executor());
    }

    public void show(Role role, List<InterviewSummary> all, Map<UUID, Integer> openComments) {
        this.all = List.copyOf(all);
        this.openComments = Map.copyOf(openComments);
        this.role.set(role);
        counts.clear();
        counts.putAll(Queue.counts(all));
        arrange();
    }

    private void arrange() {
        entries.setAll(Queue.entries(role.get(), filter.get(), all, openComments));
    }
}
