package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService;
import app.caravan.app.AnonymizedExportService.Request;
import app.caravan.app.VaultSession;
import app.caravan.domain.DeskRecipient;
import app.caravan.domain.FilterMatcher;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.SavedFilter;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the export wizard has chosen so far: which interviews (all, or a saved library filter),
 * what consent does to each of them, and the options of the export. Vault work runs in Tasks.
 */
final class ExportModel {
    /** One chosen interview as consent lets it go out; {@code exclusion} is the service's reason, or null. */
    record Row(UUID id, String pseudonym, String exclusion, boolean withText) {
    }

    /** A desk recipient offered for sealing, ticked when it is sealed to. */
    record Recipient(DeskRecipient recipient, BooleanProperty chosen) {
    }

    private final SessionContext context;
    private final I18n i18n;
    /** Which pass over the chosen interviews is current: an older one stops early and is ignored. */
    private final AtomicInteger loads = new AtomicInteger();

    final ObservableList<SavedFilter> filters = FXCollections.observableArrayList();
    /** The saved filter chosen, or null for every interview. */
    final ObjectProperty<SavedFilter> filter = new SimpleObjectProperty<>();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final BooleanProperty loading = new SimpleBooleanProperty();
    final StringProperty selectionSummary = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    final Map<String, BooleanProperty> formats = flags(AnonymizedExportService.FORMATS);
    final Map<String, BooleanProperty> quasiIdentifiers = flags(AnonymizedExportService.QUASI_IDENTIFIERS);
    final ObjectProperty<Integer> k = new SimpleObjectProperty<>(5);
    final ObjectProperty<Integer> maxSuppressionPercent = new SimpleObjectProperty<>(10);
    final BooleanProperty lDiversityOn = new SimpleBooleanProperty();
    final ObjectProperty<Integer> l = new SimpleObjectProperty<>(2);
    final StringProperty places = new SimpleStringProperty("country");
    final BooleanProperty stableIds = new SimpleBooleanProperty();
    final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    final ObjectProperty<Path> parent = new SimpleObjectProperty<>();
    /** Nothing about the interviews in the default name, only the day. */
    final StringProperty name = new SimpleStringProperty("caravan-dataset-" + java.time.LocalDate.now());
    final StringProperty optionsError = new SimpleStringProperty("");

    ExportModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
        filter.addListener((obs, old, now) -> loadRows());
        // An old complaint goes as soon as the user changes what it was about.
        parent.addListener((obs, old, now) -> optionsError.set(""));
        name.addListener((obs, old, now) -> optionsError.set(""));
        formats.values().forEach(f -> f.addListener((obs, old, now) -> optionsError.set("")));
    }

    private static Map<String, BooleanProperty> flags(List<String> keys) {
        Map<String, BooleanProperty> out = new LinkedHashMap<>();
        keys.forEach(key -> out.put(key, new SimpleBooleanProperty(true)));
        return out;
    }

    AnonymizedExportService service() {
        return context.session().anonymizedExport();
    }

    /** Saved filters and desk recipients (either may have changed on other pages), then the rows. */
    void load() {
        VaultSession session = context.session();
        SavedFilter chosen = filter.get();
        Tasks.create(session.library()::savedFilters)
                .onSuccess(list -> {
                    filters.setAll(list);
                    // A filter deleted in the library since is no longer offered: fall back to all.
                    SavedFilter still = chosen == null ? null
                            : list.stream().filter(f -> f.id().equals(chosen.id())).findFirst().orElse(null);
                    boolean same = Objects.equals(filter.get(), still);
                    filter.set(still);
                    if (same) {
                        loadRows(); // the listener only reloads when the filter changed
                    }
                })
                .onError(e -> error.set(i18n.format("export.error.load", i18n.problem(e))))
                .runOnce(context.executor());
        Tasks.create(() -> session.keys().recipients())
                .onSuccess(list -> {
                    List<String> ticked = chosenRecipients();
                    recipients.setAll(list.stream()
                            .map(r -> new Recipient(r, new SimpleBooleanProperty(ticked.contains(r.recipient()))))
                            .toList());
                })
                .onError(e -> error.set(i18n.format("export.error.recipients", i18n.problem(e))))
                .runOnce(context.executor());
    }

    /** The chosen interviews and whether consent lets each go out (from the library summaries: no interview is read). */
    void loadRows() {
        int load = loads.incrementAndGet();
        SavedFilter chosen = filter.get();
        VaultSession session = context.session();
        loading.set(true);
        Tasks.create(() -> {
            FilterMatcher matcher = chosen == null ? null
                    : new FilterMatcher(chosen.filter(), session.vocabulary().current());
            List<Row> out = new ArrayList<>();
            for (InterviewSummary s : session.interviews().list()) {
                if (load != loads.get()) {
                    break; // the choice changed meanwhile; a newer pass is running
                }
                if (matcher == null || matcher.test(s)) {
                    var export = session.anonymizedExport();
                    out.add(new Row(s.id(), s.pseudonym(), export.exclusion(s.consent()),
                            export.withText(s.consent())));
                }
            }
            out.sort(Comparator.comparing(Row::pseudonym, String.CASE_INSENSITIVE_ORDER));
            return out;
        }).onSuccess(list -> {
            if (load == loads.get()) {
                rows.setAll(list);
                selectionSummary.set(summary(list));
                error.set("");
            }
        }).onError(e -> {
            if (load == loads.get()) {
                rows.clear();
                selectionSummary.set("");
                error.set(i18n.format("export.error.load", i18n.problem(e)));
            }
        }).andFinally(() -> {
            if (load == loads.get()) {
                loading.set(false);
            }
        }).runOnce(context.executor());
    }

    private String summary(List<Row> list) {
        Map<String, Integer> excluded = new LinkedHashMap<>();
        int textless = 0;
        for (Row r : list) {
            if (r.exclusion() != null) {
                excluded.merge(reason(r.exclusion()), 1, Integer::sum);
            } else if (!r.withText()) {
                textless++;
            }
        }
        int out = list.size() - excluded.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(i18n.format("export.interviews.count", list.size(), out));
        if (!excluded.isEmpty()) {
            List<String> parts = new ArrayList<>();
            excluded.forEach((reason, n) -> parts.add(reason + ": " + n));
            text.append('\n').append(i18n.format("export.interviews.excluded", String.join("; ", parts)));
        }
        if (textless > 0) {
            text.append('\n').append(i18n.format("export.interviews.textless", textless));
        }
        return text.toString();
    }

    /** The consent reason in the UI's language; the service's English wording when it is a new one. */
    String reason(String label) {
        String key = "export.reason." + label.replace(' ', '-');
        return i18n.bundle().containsKey(key) ? i18n.get(key) : label;
    }

    List<String> chosenRecipients() {
        return recipients.stream().filter(r -> r.chosen().get()).map(r -> r.recipient().recipient()).toList();
    }

    private static List<String> chosen(Map<String, BooleanProperty> flags) {
        return flags.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** Checks what can be checked without the disk; sets {@link #optionsError} and answers whether all is well. */
    boolean validOptions() {
        String problem = null;
        String folderName = name.get() == null ? "" : name.get().strip();
        if (chosen(formats).isEmpty()) {
            problem = i18n.get("export.options.error.format");
        } else if (parent.get() == null) {
            problem = i18n.get("export.options.error.parent");
        } else if (folderName.isEmpty() || folderName.contains("/") || folderName.contains("\\")
                || folderName.equals(".") || folderName.equals("..")) {
            problem = i18n.get("export.options.error.name");
        }
        optionsError.set(problem == null ? "" : problem);
        return problem == null;
    }

    Path target() {
        return parent.get().resolve(name.get().strip());
    }

    Request request() {
        SavedFilter chosen = filter.get();
        return new Request(target(), chosen == null ? null : chosen.filter(), chosen(formats), chosen(quasiIdentifiers),
                k.get(), maxSuppressionPercent.get() / 100.0, lDiversityOn.get() ? l.get() : null, places.get(),
                stableIds.get(), chosenRecipients());
    }
}
