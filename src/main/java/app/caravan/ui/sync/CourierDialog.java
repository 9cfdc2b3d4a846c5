package app.caravan.ui.sync;

import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Asks for a courier passphrase (typed twice), whether real names travel, and an optional extra
 * copy of the sealed file. The passphrase leaves the fields only as a char[] the caller wipes.
 */
final class CourierDialog {
    /** At least this long: the file may be copied and attacked offline for as long as it exists. */
    static final int MIN_LENGTH = 12;

    /** What the user asked for; {@code copyTo} may be null. */
    record Request(char[] passphrase, boolean includeIdentity, Path copyTo) {
    }

    private CourierDialog() {
    }

    static Optional<Request> show(Window owner, DialogService dialogs, I18n i18n) {
        ButtonType seal = new ButtonType(i18n.get("sync.courier.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        ImportDialogs.styled(dialog, owner);
        dialog.setTitle(i18n.get("sync.courier.title"));
        dialog.setHeaderText(i18n.get("sync.courier.title"));

        Label explain = new Label(i18n.get("sync.courier.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(UiStyles.WARNING_TEXT);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("courierPassphrase");
        PasswordField repeat = new PasswordField();
        repeat.setId("courierRepeat");
        StringBinding problem = Bindings.createStringBinding(() -> problem(passphrase, repeat, i18n),
                passphrase.textProperty(), repeat.textProperty());
        Label error = new Label();
        error.setId("courierError");
        error.setWrapText(true);
        error.getStyleClass().addAll(UiStyles.FIELD_ERROR, Styles.TEXT_SMALL);
        // Nothing typed yet is not an error to shout about; Seal stays disabled all the same.
        error.textProperty().bind(Bindings.when(passphrase.textProperty().isEmpty()).then("").otherwise(problem));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        CheckBox names = new CheckBox(i18n.get("sync.seal.includeIdentity"));
        names.setId("courierIncludeIdentity");
        names.setSelected(false);
        Label namesHint = Sections.hint(i18n.get("sync.seal.includeIdentity.hint"));

        ObjectProperty<Path> copyTo = new SimpleObjectProperty<>();
        Label copyPath = new Label();
        copyPath.setId("courierCopyTo");
        copyPath.getStyleClass().add(UiStyles.PATH);
        copyPath.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        copyPath.setMinWidth(0);
        HBox.setHgrow(copyPath, javafx.scene.layout.Priority.ALWAYS);
        copyPath.textProperty().bind(Bindings.createStringBinding(
                () -> copyTo.get() == null ? i18n.get("sync.courier.copy.none") : copyTo.get().toString(), copyTo));
        Button chooseCopy = new Button(i18n.get("sync.courier.copy"), Icons.of(MaterialDesignF.FOLDER_OUTLINE));
        chooseCopy.setId("courierChooseCopy");
        chooseCopy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chooseCopy.setOnAction(e -> dialogs.chooseSaveFile(i18n.get("sync.courier.copy"), copyTo.get(),
                "caravan-courier.age").ifPresent(copyTo::set));
        Button clearCopy = Icons.iconButton(MaterialDesignC.CLOSE, i18n.get("sync.courier.copy.clear"));
        clearCopy.visibleProperty().bind(copyTo.isNotNull());
        clearCopy.setOnAction(e -> copyTo.set(null));
        HBox copyRow = new HBox(8, chooseCopy, copyPath, clearCopy);
        copyRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, explain, labelled(i18n.get("sync.courier.passphrase"), passphrase),
                labelled(i18n.get("sync.courier.repeat"), repeat), error, new VBox(2, names, namesHint), copyRow);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(seal, cancel);
        dialog.getDialogPane().lookupButton(seal).disableProperty().bind(problem.isNotEmpty());
        dialog.setOnShown(e -> passphrase.requestFocus());

        Optional<Request> request = dialog.showAndWait().filter(seal::equals)
                .map(b -> new Request(Passphrases.take(passphrase), names.isSelected(), copyTo.get()));
        // Whatever was answered, nothing typed stays in the fields of a closed window.
        passphrase.clear();
        repeat.clear();
        return request;
    }

    private static VBox labelled(String text, PasswordField field) {
        Label label = new Label(text);
        label.getStyleClass().add(UiStyles.FIELD_LABEL);
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    /** Empty when the two fields hold an acceptable passphrase, else what is wrong with them. */
    private static String problem(PasswordField passphrase, PasswordField repeat, I18n i18n) {
        int length = passphrase.getCharacters().length();
        if (length == 0) {
            return i18n.get("sync.courier.empty");
        }
        if (length < MIN_LENGTH) {
            return i18n.format("sync.courier.short", MIN_LENGTH, length);
        }
        if (!Passphrases.sameCharacters(passphrase.getCharacters(), repeat.getCharacters())) {
            return i18n.get("sync.courier.mismatch");
        }
        return "";
    }
}
