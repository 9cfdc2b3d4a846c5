package app.caravan.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog the UI shows goes through here, so tests can answer them without windows. */
public interface DialogService {
    /**
     * Shows a folder in the desktop's file manager (an export the user just wrote); false when
     * this desktop cannot, and the caller shows the path instead.
     */
    default boolean openFolder(java.nio.file.Path folder) {
        return false;
    }

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    /**
     * For what cannot be undone: true only when the user typed {@code word} exactly and
     * confirmed, so a reflexive Enter is not enough.
     */
    boolean confirmTyped(String title, String message, String word, String confirmLabel);

    /** Asks for one line of text, e.g. a theme's new name; empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** Lets the user pick one of {@code options}; empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label);

    Optional<Path> chooseFolder(String title, Path initial);

    Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName);

    Optional<Path> chooseOpenFile(String title, Path initial);

    /** As {@link #chooseOpenFile(String, Path)}, offering first the files matching {@code patterns} (e.g. {@code *.age}). */
    default Optional<Path> chooseOpenFile(String title, Path initial, String filterLabel, String... patterns) {
        return chooseOpenFile(title, initial);
    }
}
