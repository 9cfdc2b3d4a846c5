package app.caravan.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the UI shows goes through here, so tests can answer them without windows. */
public interface DialogService {
    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    Optional<Path> chooseFolder(String title, Path initial);

    Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName);

    Optional<Path> chooseOpenFile(String title, Path initial);
}
