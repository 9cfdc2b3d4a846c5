package app.caravan.ui.common;

import app.caravan.app.AppPreferences;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's language, theme and window title as the Settings page sees them. Whoever owns the
 * window (the shell) applies and stores a change; the page only asks for it.
 */
public final class Appearance {
    private final ReadOnlyObjectWrapper<AppPreferences> current;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<AppPreferences> apply;

    public Appearance(AppPreferences initial, Consumer<AppPreferences> apply) {
        this.current = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial, "initial"));
        this.apply = apply;
    }

    /** For screens shown without a shell (tests): changes are only remembered here. */
    public static Appearance unattached() {
        return new Appearance(AppPreferences.defaults(), next -> { });
    }

    public AppPreferences current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<AppPreferences> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why the last change could not be stored; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void change(AppPreferences next) {
        if (next != null && !next.equals(current.get())) {
            current.set(next);
            problem.set("");
            apply.accept(next);
        }
    }

    /** For the owner: the change applies to this run but could not be stored. */
    public void reportProblem(String message) {
        problem.set(message == null ? "" : message);
    }
}
