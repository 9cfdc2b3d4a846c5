package app.caravan.ui.support;

import app.caravan.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: confirmations by {@link #confirmAnswer}, choosers by {@link #folder}. */
public final class RecordingDialogs implements DialogService {
    public volatile boolean confirmAnswer = true;
    public volatile Path folder;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

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
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial) {
        return Optional.empty();
    }
}
