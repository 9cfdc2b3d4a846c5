package app.caravan.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The dialogs of one unlocked session. Once it is locked (Ctrl+L, auto-lock, or the vault closing
 * under it on a full disk), work it started may still end and report: an error about that would
 * stand over the unlock screen, where nothing can be done about it, and the lock has already said
 * what matters. So after {@link #end()} errors are only logged (without their text, which may
 * quote content), questions are answered "no" and pickers "cancelled".
 */
public final class SessionDialogs implements DialogService {
    private static final Logger LOG = Logger.getLogger(SessionDialogs.class.getName());

    private final Supplier<DialogService> current;
    private volatile boolean ended;

    /** {@code current}: the app's dialogs now (they are renewed when the language changes). */
    public SessionDialogs(Supplier<DialogService> current) {
        this.current = current;
    }

    /** The session is locked: from now on nothing of it reaches the screen. */
    public void end() {
        ended = true;
    }

    @Override
    public boolean openFolder(Path folder) {
        return !ended && current.get().openFolder(folder);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return !ended && current.get().confirm(title, message, confirmLabel);
    }

    @Override
    public void showError(String title, String message) {
        if (ended) {
            LOG.info("An error of a locked session was not shown");
            return;
        }
        current.get().showError(title, message);
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        return !ended && current.get().confirmTyped(title, message, word, confirmLabel);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return ended ? Optional.empty() : current.get().askText(title, message, initial);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        return ended ? Optional.empty() : current.get().choose(title, message, options, label);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return ended ? Optional.empty() : current.get().chooseFolder(title, initial);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        return ended ? Optional.empty() : current.get().chooseSaveFile(title, initial, suggestedName);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial) {
        return ended ? Optional.empty() : current.get().chooseOpenFile(title, initial);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial, String filterLabel, String... patterns) {
        return ended ? Optional.empty() : current.get().chooseOpenFile(title, initial, filterLabel, patterns);
    }
}
