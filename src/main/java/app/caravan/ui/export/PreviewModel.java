package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService.Highlight;
import app.caravan.app.AnonymizedExportService.Preview;
import app.caravan.app.AnonymizedExportService.TextDecision;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview of one chosen interview and the editor's decisions on it: keep a replaced span,
 * replace more text, forget a decision. Every change reloads the preview from the service, so
 * what is shown is what the next export will write.
 */
final class PreviewModel {
    /** The categories an editor may mark text as, in menu order. */
    static final List<String> CATEGORIES = List.of("PERSON", "PHONE", "EMAIL", "HANDLE", "URL", "ADDRESS", "DATE", "CITY");

    private final SessionContext context;
    private final ExportModel export;
    private final I18n i18n;
    private int loads;

    final ObjectProperty<ExportModel.Row> selected = new SimpleObjectProperty<>();
    final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    final ObservableList<TextDecision> decisions = FXCollections.observableArrayList();
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty("");

    PreviewModel(SessionContext context, ExportModel export) {
        this.context = context;
        this.export = export;
        this.i18n = context.i18n();
        selected.addListener((obs, old, now) -> reload());
        export.places.addListener((obs, old, now) -> reload());
    }

    /** Shows the selected interview's preview and decisions as the service has them now. */
    void reload() {
        int load = ++loads;
        ExportModel.Row row = selected.get();
        if (row == null) {
            preview.set(null);
            decisions.clear();
            return;
        }
        String places = export.places.get();
        busy.set(true);
        Tasks.create(() -> new Loaded(export.service().preview(row.id(), places), export.service().decisions(row.id())))
                .onSuccess(loaded -> {
                    if (load == loads) {
                        preview.set(loaded.preview());
                        decisions.setAll(loaded.decisions());
                        error.set("");
                    }
                })
                .onError(e -> {
                    if (load == loads) {
                        error.set(i18n.format("export.preview.error", i18n.problem(e)));
                    }
                })
                .andFinally(() -> {
                    if (load == loads) {
                        busy.set(false);
                    }
                })
                .runOnce(context.executor());
    }

    private record Loaded(Preview preview, List<TextDecision> decisions) {
    }

    /** The automatic replacement the range [start, end) lies in, if any. */
    Optional<Highlight> highlightAt(int start, int end) {
        Preview shown = preview.get();
        if (shown == null) {
            return Optional.empty();
        }
        return shown.highlights().stream()
                .filter(h -> h.start() <= start && (end == start ? start < h.end() : end <= h.end()))
                .findFirst();
    }

    /** "Keep this text": the replacement around the selection stays original in the next export. */
    void keep(Highlight highlight) {
        UUID id = currentId();
        change(() -> export.service().undo(id, highlight.start(), highlight.end()));
    }

    /** "Replace as…": the selected text and its other occurrences are replaced as {@code category}. */
    void mark(int start, int end, String category) {
        UUID id = currentId();
        change(() -> export.service().mark(id, start, end, category));
    }

    void forget(TextDecision decision) {
        change(() -> {
            export.service().forget(decision.id());
            return null;
        });
    }

    private UUID currentId() {
        return preview.get().interviewId();
    }

    private void change(Callable<?> work) {
        busy.set(true);
        Tasks.create(work)
                .onSuccess(done -> reload())
                .onError(e -> {
                    busy.set(false);
                    error.set(i18n.format("export.preview.error.decision", i18n.problem(e)));
                })
                .runOnce(context.executor());
    }
}
