package app.caravan.ui.library;

import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Tombstone;
import app.caravan.domain.FacetCounts;
import app.caravan.domain.FilterMatcher;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The interview list: loading, the combinable facet filter and its counts, creating and
 * deleting interviews. Filtering runs on the FX thread with a matcher built once per filter (no
 * database call per row); counting every facet value runs in the background.
 */
public final class LibraryViewModel {
    /** How many of the newest interviews the first unlock shows before the whole list is read. */
    static final int FIRST_PAGE = 500;

    /** The facet filter the table shows; the Insight page reads it too. */
    public final ObjectProperty<InterviewFilter> criteria = new SimpleObjectProperty<>(InterviewFilter.EMPTY);
    /** How many interviews each facet value would show under {@link #criteria}. */
    public final ObjectProperty<FacetCounts> counts = new SimpleObjectProperty<>(FacetCounts.NONE);
    /** Every facet value in the vault, so the panel's boxes stay put while counts drop to zero. */
    public final ObjectProperty<FacetCounts> universe = new SimpleObjectProperty<>(FacetCounts.NONE);
    public final BooleanProperty loading = new SimpleBooleanProperty();

    private final SessionContext context;
    private final ObservableList<InterviewRow> rows = FXCollections.observableArrayList(InterviewRow::observables);
    private final FilteredList<InterviewRow> filtered = new FilteredList<>(rows);
    private final SortedList<InterviewRow> sorted = new SortedList<>(filtered);
    private boolean recountQueued;
    private long countToken;

    public LibraryViewModel(SessionContext context) {
        this.context = context;
        criteria.addListener((obs, old, now) -> refilter());
        context.vocabularyProperty().addListener((obs, old, vocabulary) -> {
            relabel(vocabulary);
            refilter();
        });
        rows.addListener((javafx.collections.ListChangeListener<InterviewRow>) change -> queueRecount());
    }

    /** Rows that pass the filter, before sorting. */
    public ObservableList<InterviewRow> filteredRows() {
        return filtered;
    }

    /** The interviews the filter lets through, for a search restricted to them; null when nothing is filtered. */
    public Set<UUID> idsOfCurrentFilter() {
        if (criteria.get().isEmpty()) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        filtered.forEach(row -> ids.add(row.id()));
        return ids;
    }

    /** The summaries in the vault (purged ones have none), for the dashboard. */
    public List<InterviewSummary> summaries() {
        return rows.stream().filter(r -> !r.isPurged()).map(InterviewRow::summary).toList();
    }

    private void refilter() {
        InterviewFilter now = criteria.get();
        FilterMatcher matcher = new FilterMatcher(now, context.vocabulary());
        // A purged interview has no facets left; it is listed only while nothing is filtered.
        filtered.setPredicate(now.isEmpty() ? null : row -> !row.isPurged() && matcher.test(row.summary()));
        queueRecount();
    }

    private void queueRecount() {
        if (recountQueued) {
            return;
        }
        recountQueued = true;
        // Coalesces the many row events of one load or save into one count.
        javafx.application.Platform.runLater(this::recount);
    }

    private void recount() {
        recountQueued = false;
        long token = ++countToken;
        List<InterviewSummary> snapshot = summaries();
        InterviewFilter filter = criteria.get();
        Vocabulary vocabulary = context.vocabulary();
        Tasks.create(() -> List.of(FacetCounts.of(snapshot, new FilterMatcher(filter, vocabulary)),
                        FacetCounts.of(snapshot, new FilterMatcher(InterviewFilter.EMPTY, vocabulary))))
                .onSuccess(result -> {
                    if (token == countToken) {
                        universe.set(result.get(1));
                        counts.set(result.get(0));
                    }
                })
                .runOnce(context.executor());
    }

    public SortedList<InterviewRow> sortedRows() {
        return sorted;
    }

    public ObservableList<InterviewRow> rows() {
        return rows;
    }

    /** Loads the vocabulary together with the list, so rows never flash raw keys instead of names. */
    public void load() {
        load(() -> { });
    }

    /** Loads the list, then runs {@code then} on the FX thread. */
    public void load(Runnable then) {
        loading.set(true);
        if (!rows.isEmpty()) {
            loadAll(then);
            return;
        }
        // First unlock: the newest page comes from an index walk in milliseconds, so a vault of
        // 100,000 interviews shows its library at once; the whole list replaces it when read.
        Tasks.create(() -> new Loaded(context.session().vocabulary().current(),
                        context.session().interviews().newest(FIRST_PAGE), context.session().interviews().tombstones(),
                        openComments()))
                .onSuccess(first -> {
                    show(first);
                    if (first.summaries().size() < FIRST_PAGE) {
                        loading.set(false);
                        then.run();
                    } else {
                        loadAll(then);
                    }
                })
                .onError(error -> {
                    loading.set(false);
                    context.dialogs().showError(context.i18n().get("library.loadFailed"),
                            context.i18n().problem(error));
                })
                .runOnce(context.executor());
    }

    private void loadAll(Runnable then) {
        Tasks.create(() -> new Loaded(context.session().vocabulary().current(), context.session().interviews().list(),
                        context.session().interviews().tombstones(), openComments()))
                .onSuccess(loaded -> {
                    show(loaded);
                    then.run();
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.loadFailed"),
                        context.i18n().problem(error)))
                .andFinally(() -> loading.set(false))
                .runOnce(context.executor());
    }

    private void show(Loaded loaded) {
        context.vocabularyProperty().set(loaded.vocabulary());
        List<InterviewRow> all = new java.util.ArrayList<>(loaded.summaries().stream()
                .map(s -> new InterviewRow(s, loaded.vocabulary())).toList());
        all.forEach(row -> row.openComments.set(loaded.openComments().getOrDefault(row.id(), 0)));
        loaded.tombstones().forEach(t -> all.add(purgedRow(t)));
        rows.setAll(all);
    }

    /** Off the FX thread. A session without the review workflow (an older test double) shows no counts. */
    private java.util.Map<UUID, Integer> openComments() {
        try {
            return context.session().review().openCommentCounts();
        } catch (UnsupportedOperationException e) {
            return java.util.Map.of();
        }
    }

    /** Creates a draft named "Interviewee N" and hands it over once stored. */
    public void create(Consumer<Interview> onCreated) {
        String pseudonym = nextPlaceholder();
        Tasks.create(() -> context.session().interviews().create(pseudonym))
                .onSuccess(interview -> {
                    InterviewRow row = new InterviewRow(InterviewSummary.of(interview), context.vocabulary());
                    rows.add(0, row);
                    // A new draft matches few filters; it must be visible to be edited.
                    criteria.set(InterviewFilter.EMPTY);
                    onCreated.accept(interview);
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.createFailed"),
                        context.i18n().problem(error)))
                .runOnce(context.executor());
    }

    public void delete(InterviewRow row, Runnable onDeleted) {
        Tasks.createVoid(() -> context.session().interviews().delete(row.id()))
                .onSuccess(done -> {
                    rows.remove(row);
                    onDeleted.run();
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.deleteFailed"),
                        context.i18n().problem(error)))
                .runOnce(context.executor());
    }

    /** The interview's content was purged: its row now shows only the tombstone. */
    public void purged(Tombstone remains) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(remains.interviewId())) {
                rows.set(i, purgedRow(remains));
                return;
            }
        }
        rows.add(purgedRow(remains));
    }

    private InterviewRow purgedRow(Tombstone remains) {
        return InterviewRow.purged(remains, context.i18n().get("library.purged"));
    }

    /** A saved version of an interview: its row shows the new values (and keeps its selection). */
    public void updated(Interview saved) {
        find(saved.id()).ifPresent(row -> row.update(InterviewSummary.of(saved), context.vocabulary()));
    }

    public Optional<InterviewRow> find(UUID id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    String nextPlaceholder() {
        List<String> taken = rows.stream().map(InterviewRow::pseudonym).toList();
        int n = rows.size() + 1;
        String name = context.i18n().format("library.placeholder", n);
        while (taken.contains(name)) {
            name = context.i18n().format("library.placeholder", ++n);
        }
        return name;
    }

    private record Loaded(Vocabulary vocabulary, List<InterviewSummary> summaries, List<Tombstone> tombstones,
            java.util.Map<UUID, Integer> openComments) {
    }

    private void relabel(Vocabulary vocabulary) {
        rows.forEach(row -> row.update(row.summary(), vocabulary));
    }
}
