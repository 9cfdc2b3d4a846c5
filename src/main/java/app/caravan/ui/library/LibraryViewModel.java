package app.caravan.ui.library;

import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Transliteration;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** The interview list: loading, quick filter, creating and deleting interviews. */
public final class LibraryViewModel {
    public final StringProperty filter = new SimpleStringProperty("");
    public final BooleanProperty loading = new SimpleBooleanProperty();

    private final SessionContext context;
    private final ObservableList<InterviewRow> rows = FXCollections.observableArrayList(InterviewRow::observables);
    private final FilteredList<InterviewRow> filtered = new FilteredList<>(rows);
    private final SortedList<InterviewRow> sorted = new SortedList<>(filtered);

    public LibraryViewModel(SessionContext context) {
        this.context = context;
        filter.addListener((obs, old, now) -> filtered.setPredicate(row -> matches(row, now)));
        context.vocabularyProperty().addListener((obs, old, vocabulary) -> relabel(vocabulary));
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
        Tasks.create(() -> new Loaded(context.session().vocabulary().current(), context.session().interviews().list(),
                        context.session().interviews().tombstones()))
                .onSuccess(loaded -> {
                    context.vocabularyProperty().set(loaded.vocabulary());
                    List<InterviewRow> all = new java.util.ArrayList<>(loaded.summaries().stream()
                            .map(s -> new InterviewRow(s, loaded.vocabulary())).toList());
                    loaded.tombstones().forEach(t -> all.add(purgedRow(t)));
                    rows.setAll(all);
                    then.run();
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.loadFailed"),
                        String.valueOf(error.getMessage())))
                .andFinally(() -> loading.set(false))
                .runOnce(context.executor());
    }

    /** Creates a draft named "Interviewee N" and hands it over once stored. */
    public void create(Consumer<Interview> onCreated) {
        String pseudonym = nextPlaceholder();
        Tasks.create(() -> context.session().interviews().create(pseudonym))
                .onSuccess(interview -> {
                    InterviewRow row = new InterviewRow(InterviewSummary.of(interview), context.vocabulary());
                    rows.add(0, row);
                    filter.set("");
                    onCreated.accept(interview);
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.createFailed"),
                        String.valueOf(error.getMessage())))
                .runOnce(context.executor());
    }

    public void delete(InterviewRow row, Runnable onDeleted) {
        Tasks.createVoid(() -> context.session().interviews().delete(row.id()))
                .onSuccess(done -> {
                    rows.remove(row);
                    onDeleted.run();
                })
                .onError(error -> context.dialogs().showError(context.i18n().get("library.deleteFailed"),
                        String.valueOf(error.getMessage())))
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

    private record Loaded(Vocabulary vocabulary, List<InterviewSummary> summaries, List<Tombstone> tombstones) {
    }

    private void relabel(Vocabulary vocabulary) {
        rows.forEach(row -> row.update(row.summary(), vocabulary));
    }

    /** Pseudonym, place, origin city or profession contain the filter, in any script and case. */
    static boolean matches(InterviewRow row, String filter) {
        String wanted = Transliteration.fold(filter == null ? "" : filter).strip();
        if (wanted.isEmpty()) {
            return true;
        }
        return Stream.of(row.pseudonym.get(), row.place.get(), row.originCity.get(), row.profession.get())
                .anyMatch(value -> value != null && Transliteration.fold(value).contains(wanted));
    }
}
