package app.caravan.ui.smoke;

import app.caravan.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Nobody answers dialogs during a smoke test: the first one that appears (an error, a question)
 * is remembered as the failure and answered with "no", so the run ends instead of waiting.
 */
final class SmokeDialogs implements DialogService {
    private final AtomicReference<String> first = new AtomicReference<>();

    Optional<String> firstDialog() {
        return Optional.ofNullable(first.get());
    }

    private void record(String kind, String title, String message) {
        first.compareAndSet(null, "a " + kind + " dialog appeared: " + title + (message == null ? "" : ": " + message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        record("confirmation", title, message);
        return false;
    }

    @Override
    public void showError(String title, String message) {
        record("error", title, message);
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        record("confirmation", title, message);
        return false;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        record("text input", title, message);
        return Optional.empty();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        record("choice", title, message);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        record("folder chooser", title, null);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        record("file chooser", title, null);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial) {
        record("file chooser", title, null);
        return Optional.empty();
    }
}
