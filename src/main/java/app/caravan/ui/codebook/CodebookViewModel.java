package app.caravan.ui.codebook;

import app.caravan.app.VocabularyService;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;

/**
 * Editing the codebook: add, rename, recolor, nest and merge themes. Every change goes to the
 * vault in the background and the shared vocabulary is replaced by the vault's new version, so
 * the editor's pickers and highlighting follow at once.
 */
public final class CodebookViewModel {
    /** Colors for new themes, in order, skipping those the codebook already uses. */
    static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173");

    public final StringProperty message = new SimpleStringProperty("");
    public final BooleanProperty failed = new SimpleBooleanProperty();
    public final BooleanProperty working = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;

    public CodebookViewModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    public List<Theme> themes() {
        return context.vocabulary().themes();
    }

    public void add(String name, String parentKey, Consumer<Theme> then) {
        String color = nextColor();
        change(() -> service().addTheme(name, parentKey, color), added -> {
            say(i18n.format("codebook.added", added.name()), false);
            then.accept(added);
        });
    }

    public void rename(Theme theme, String name, Consumer<Theme> then) {
        change(() -> service().renameTheme(theme.key(), name), renamed -> {
            say(i18n.format("codebook.renamed", theme.name(), renamed.name()), false);
            then.accept(renamed);
        });
    }

    public void recolor(Theme theme, Color color, Consumer<Theme> then) {
        String hex = hex(color);
        if (hex.equalsIgnoreCase(theme.color())) {
            return;
        }
        change(() -> service().recolorTheme(theme.key(), hex), recolored -> {
            say(i18n.format("codebook.recolored", recolored.name()), false);
            then.accept(recolored);
        });
    }

    /** Nests {@code theme} under {@code parent}, or makes it top-level when that is null. */
    public void move(Theme theme, Theme parent, Consumer<Theme> then) {
        if (parent != null && (parent.key().equals(theme.key()) || isWithin(parent, theme))) {
            say(i18n.format("codebook.moveIntoItself", theme.name()), true);
            return;
        }
        change(() -> service().moveTheme(theme.key(), parent == null ? null : parent.key()), moved -> {
            say(parent == null ? i18n.format("codebook.movedTop", moved.name())
                    : i18n.format("codebook.moved", moved.name(), parent.name()), false);
            then.accept(moved);
        });
    }

    /**
     * How many codings a merge of {@code theme} would change: interviews tagged with it plus
     * segments coded with it (the count the vault reports after merging).
     */
    public void countCodings(Theme theme, IntConsumer then) {
        working.set(true);
        Tasks.create(() -> {
            int count = 0;
            for (InterviewSummary summary : context.session().interviews().list()) {
                Interview interview = context.session().interviews().get(summary.id());
                count += interview.themes().contains(theme.key()) ? 1 : 0;
                for (Segment s : interview.segments()) {
                    count += s.themes().contains(theme.key()) ? 1 : 0;
                }
            }
            return count;
        }).onSuccess(then::accept)
                .onError(error -> say(i18n.format("codebook.failed", reason(error)), true))
                .andFinally(() -> working.set(false))
                .runOnce(context.executor());
    }

    public void merge(Theme from, Theme into, Runnable then) {
        working.set(true);
        Tasks.create(() -> {
            int recoded = service().mergeThemes(from.key(), into.key());
            return new Merged(recoded, service().current());
        }).onSuccess(merged -> {
            context.vocabularyProperty().set(merged.vocabulary());
            say(i18n.format("codebook.merged", from.name(), into.name(), merged.recoded()), false);
            then.run();
        }).onError(error -> say(i18n.format("codebook.failed", reason(error)), true))
                .andFinally(() -> working.set(false))
                .runOnce(context.executor());
    }

    /** True when {@code candidate} lies somewhere below {@code ancestor}. */
    boolean isWithin(Theme candidate, Theme ancestor) {
        var byKey = context.vocabulary().themesByKey();
        String parent = candidate.parentKey();
        for (int guard = 0; parent != null && guard < byKey.size() + 1; guard++) {
            if (parent.equals(ancestor.key())) {
                return true;
            }
            Theme p = byKey.get(parent);
            parent = p == null ? null : p.parentKey();
        }
        return false;
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private String nextColor() {
        List<String> used = themes().stream().map(t -> t.color().toLowerCase(Locale.ROOT)).toList();
        return PALETTE.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(PALETTE.get(themes().size() % PALETTE.size()));
    }

    private <T> void change(Callable<T> edit, Consumer<T> then) {
        working.set(true);
        Tasks.create(() -> new Changed<>(edit.call(), service().current()))
                .onSuccess(changed -> {
                    context.vocabularyProperty().set(changed.vocabulary());
                    then.accept(changed.value());
                })
                .onError(error -> say(i18n.format("codebook.failed", reason(error)), true))
                .andFinally(() -> working.set(false))
                .runOnce(context.executor());
    }

    private VocabularyService service() {
        return context.session().vocabulary();
    }

    private void say(String text, boolean isError) {
        failed.set(isError);
        message.set(text);
    }

    private String reason(Throwable error) {
        return i18n.problem(error);
    }

    private record Changed<T>(T value, Vocabulary vocabulary) {
    }

    private record Merged(int recoded, Vocabulary vocabulary) {
    }
}
