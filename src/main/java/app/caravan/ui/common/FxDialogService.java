package app.caravan.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final I18n i18n;

    private final java.util.function.Consumer<String> showDocument;

    public FxDialogService(Window owner, I18n i18n) {
        this(owner, i18n, null);
    }

    /** @param showDocument hands a URI to the desktop (HostServices), or null where there is none */
    public FxDialogService(Window owner, I18n i18n, java.util.function.Consumer<String> showDocument) {
        this.owner = owner;
        this.i18n = i18n;
        this.showDocument = showDocument;
    }

    @Override
    public boolean openFolder(java.nio.file.Path folder) {
        if (showDocument == null) {
            return false;
        }
        showDocument.accept(folder.toAbsolutePath().toUri().toString());
        return true;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        TextField typed = new TextField();
        typed.setId("typedConfirmation");
        typed.setPromptText(word);
        dialog.getDialogPane().setContent(new VBox(10, text, new Label(i18n.format("dialog.typeToConfirm", word)), typed));
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(word));
        dialog.setOnShown(e -> typed.requestFocus());
        return dialog.showAndWait().filter(confirm::equals).isPresent() && word.equals(typed.getText());
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        // ChoiceDialog shows toString() by default; a combo with our labels reads better.
        dialog.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<T> typed = (javafx.scene.control.ComboBox<T>) combo;
                typed.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(T value) {
                        return value == null ? "" : label.apply(value);
                    }

                    @Override
                    public T fromString(String string) {
                        return null;
                    }
                });
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initial, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterLabel, patterns),
                new FileChooser.ExtensionFilter(i18n.get("dialog.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Choosers throw when the initial folder does not exist, so walk up to one that does. */
    private static Optional<File> existingFolder(Path start) {
        Path p = start;
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return Optional.ofNullable(p).map(Path::toFile);
    }
}
