package app.caravan.ui.unlock;

import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.PassphraseStrength;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.StrengthHint;
import app.caravan.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Choosing the passphrase of a new vault: twice, with a strength hint, at least 8 characters. */
final class CreateVaultView extends UnlockPage {
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Label error = errorLabel("createError");

    CreateVaultView(Path directory, VaultService vaults, Executor executor, I18n i18n,
            Consumer<VaultSession> onCreated, Runnable onBack) {
        super(MaterialDesignS.SHIELD_PLUS_OUTLINE, i18n.get("create.title"), i18n.get("create.subtitle"));
        setId("createVault");
        passphrase.setId("newPassphrase");
        passphrase.setPromptText(i18n.get("create.passphrase.prompt"));
        repeat.setId("repeatPassphrase");
        repeat.setPromptText(i18n.get("create.repeat.prompt"));
        Label mismatch = Sections.hint("");
        mismatch.setId("mismatch");
        BooleanBinding same = Bindings.createBooleanBinding(
                () -> Passphrases.sameCharacters(passphrase.getCharacters(), repeat.getCharacters()),
                passphrase.textProperty(), repeat.textProperty());
        mismatch.textProperty().bind(Bindings.when(same.or(repeat.textProperty().isEmpty())).then("")
                .otherwise(i18n.get("create.mismatch")));
        BooleanBinding acceptable = Bindings.createBooleanBinding(
                () -> PassphraseStrength.isAcceptable(passphrase.getCharacters()), passphrase.textProperty()).and(same);

        Button create = new Button(i18n.get("create.button"), Icons.of(MaterialDesignS.SHIELD_LOCK_OUTLINE));
        create.setId("createVaultButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(acceptable.not().or(busy));
        Button back = new Button(i18n.get("create.back"), Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("back");
        back.disableProperty().bind(busy);
        back.setOnAction(e -> {
            clear();
            onBack.run();
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(busy);
        Label working = Sections.hint(i18n.get("create.working"));
        working.visibleProperty().bind(busy);
        passphrase.disableProperty().bind(busy);
        repeat.disableProperty().bind(busy);

        create.setOnAction(e -> {
            if (create.isDisabled()) {
                return;
            }
            char[] chars = Passphrases.take(passphrase);
            repeat.clear();
            busy.set(true);
            error.setText("");
            Tasks.create(() -> {
                try {
                    return vaults.create(directory, chars);
                } finally {
                    Passphrases.wipe(chars);
                }
            }).onSuccess(onCreated)
                    .onError(VaultAccessException.class, ex -> showError(VaultErrors.message(ex, i18n)))
                    .onError(ex -> showError(i18n.format("vault.error.generic", i18n.problem(ex))))
                    .andFinally(() -> busy.set(false))
                    .runOnce(executor);
        });

        HBox spacer = new HBox();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(10, back, spacer, progress, working, create);
        actions.setAlignment(Pos.CENTER_RIGHT);
        Label warning = Sections.hint(i18n.get("create.warning"));
        VBox fields = new VBox(6,
                label(i18n.get("create.passphrase"), passphrase), passphrase, new StrengthHint(passphrase, i18n),
                label(i18n.get("create.repeat"), repeat), repeat, mismatch);
        card.getChildren().addAll(path(directory), warning, fields, error, actions);
        working.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void showError(String message) {
        error.setText(message);
        passphrase.requestFocus();
    }

    /** Wipes what was typed, e.g. when leaving the screen. */
    void clear() {
        passphrase.clear();
        repeat.clear();
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    @Override
    protected Node initialFocus() {
        return passphrase;
    }
}
