package app.caravan.ui.library;

import app.caravan.app.InvalidInputException;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved-filters menu's model: list, save as, apply, rename, delete; vault work in tasks. */
final class SavedFilters {
    final ObservableList<SavedFilter> all = FXCollections.observableArrayList();
    private final SessionContext context;
    private final LibraryViewModel vm;

    SavedFilters(SessionContext context, LibraryViewModel vm) {
        this.context = context;
        this.vm = vm;
    }

    void load() {
        run(() -> context.session().library().savedFilters(), "filter.saved.loadFailed");
    }

    /** Asks for a name and stores the current filter under it. */
    void saveCurrentAs() {
        I18n i18n = context.i18n();
        InterviewFilter current = vm.criteria.get();
        Optional<String> name = context.dialogs().askText(i18n.get("filter.saveAs.title"),
                i18n.get("filter.saveAs.message"), "");
        name.ifPresent(n -> run(() -> {
            context.session().library().save(n, current);
            return context.session().library().savedFilters();
        }, "filter.saved.saveFailed"));
    }

    void apply(SavedFilter filter) {
        vm.criteria.set(filter.filter());
    }

    void rename(SavedFilter filter) {
        I18n i18n = context.i18n();
        context.dialogs().askText(i18n.get("filter.rename.title"), i18n.format("filter.rename.message", filter.name()),
                filter.name()).ifPresent(n -> run(() -> {
                    context.session().library().rename(filter.id(), n);
                    return context.session().library().savedFilters();
                }, "filter.saved.renameFailed"));
    }

    void delete(SavedFilter filter) {
        I18n i18n = context.i18n();
        if (!context.dialogs().confirm(i18n.get("filter.delete.title"), i18n.format("filter.delete.message",
                filter.name()), i18n.get("filter.delete.confirm"))) {
            return;
        }
        run(() -> {
            context.session().library().delete(filter.id());
            return context.session().library().savedFilters();
        }, "filter.saved.deleteFailed");
    }

    private void run(Callable<List<SavedFilter>> work, String failureKey) {
        Tasks.create(work)
                .onSuccess(all::setAll)
                .onError(InvalidInputException.class, e -> context.dialogs().showError(context.i18n().get(failureKey),
                        context.i18n().problem(e)))
                .onError(e -> context.dialogs().showError(context.i18n().get(failureKey), context.i18n().problem(e)))
                .runOnce(context.executor());
    }
}
