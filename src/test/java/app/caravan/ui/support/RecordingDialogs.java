package app.caravan.ui.support;

import app.caravan.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dialogs answered by the test: confirmations by {@link #confirmAnswer}, typed confirmations by
 * {@link #typed}, text questions from {@link #texts}, choices by the label in {@link #choices},
 * choosers by {@link #folder} and {@link #openFile}.
 */
public final class RecordingDialogs implements DialogService {
    public volatile boolean confirmAnswer = true;
    public volatile Path folder;
    public volatile Path openFile;
    /** What a save-file chooser answers; null cancels. */
    public volatile Path saveFile;
    /** What the user types into a typed confirmation; null cancels. */
    public volatile String typed;
    public final Deque<String> texts = new ArrayDeque<>();
    /** Labels of the options to pick, in order; an empty queue cancels. */
    public final Deque<String> choices = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** Folders the app asked the desktop to show. */
    public final List<Path> openedFolders = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public boolean openFolder(Path folder) {
        openedFolders.add(folder);
        return true;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return word.equals(typed);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        String wanted = choices.poll();
        return options.stream().filter(o -> label.apply(o).equals(wanted)).findFirst();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial) {
        return Optional.ofNullable(openFile);
    }
}
