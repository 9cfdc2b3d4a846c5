package app.caravan.ui.settings;

import app.caravan.domain.Role;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.PassphraseStrength;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.StrengthHint;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Settings page: user name, role, passphrase change, where the vault is. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel vm;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public SettingsView(SessionContext context) {
        this(context, null);
    }

    /** @param onDestroy destroys the vault with the typed confirmation; null hides "Destroy vault" */
    public SettingsView(SessionContext context, java.util.function.Consumer<String> onDestroy) {
        I18n i18n = context.i18n();
        this.vm = new SettingsViewModel(context);
        setId("settings");
        setFitToWidth(true);

        Label title = new Label(i18n.get("settings.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        LockSection lock = new LockSection(context);
        VBox page = new VBox(24, title, userNameSection(i18n), roleSection(i18n), passphraseSection(i18n),
                lock.lockSection(), vaultSection(context, i18n),
                AppearanceSection.create(context.appearance(), i18n));
        if (onDestroy != null) {
            page.getChildren().add(lock.destroySection(onDestroy));
        }
        page.getStyleClass().addAll(UiStyles.PAGE);
        page.setMaxWidth(760);
        setContent(page);
        vm.load();
    }

    /** Forgets any typed passphrases, e.g. when the vault is locked. */
    public void clearPassphrases() {
        current.clear();
        next.clear();
        repeat.clear();
    }

    private VBox userNameSection(I18n i18n) {
        TextField name = new TextField();
        name.setId("userName");
        name.textProperty().bindBidirectional(vm.userName);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button(i18n.get("settings.userName.save"), Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("saveUserName");
        save.setOnAction(e -> vm.saveUserName());
        name.setOnAction(e -> vm.saveUserName());
        HBox row = new HBox(8, name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(520);
        return Sections.titled(i18n.get("settings.userName"), MaterialDesignA.ACCOUNT_OUTLINE,
                Sections.hint(i18n.get("settings.userName.hint")), row,
                message("userNameMessage", vm.userNameMessage, vm.userNameFailed));
    }

    private VBox roleSection(I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        RadioButton field = new RadioButton(i18n.get("settings.role.field"));
        field.setId("roleField");
        field.setUserData(Role.FIELD);
        RadioButton desk = new RadioButton(i18n.get("settings.role.desk"));
        desk.setId("roleDesk");
        desk.setUserData(Role.DESK);
        field.setToggleGroup(group);
        desk.setToggleGroup(group);
        vm.role.addListener((obs, old, now) -> group.selectToggle(now == Role.DESK ? desk : field));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != vm.role.get()) {
                vm.saveRole((Role) now.getUserData());
            }
        });
        return Sections.titled(i18n.get("settings.role"), MaterialDesignA.ACCOUNT_TIE_OUTLINE,
                Sections.hint(i18n.get("settings.role.hint")), new VBox(8, field, desk),
                message("roleMessage", vm.roleMessage, vm.roleFailed));
    }

    private VBox passphraseSection(I18n i18n) {
        current.setId("currentPassphrase");
        next.setId("newPassphrase");
        repeat.setId("repeatPassphrase");
        BooleanBinding acceptable = Bindings.createBooleanBinding(
                () -> current.getCharacters().length() > 0 && PassphraseStrength.isAcceptable(next.getCharacters())
                        && Passphrases.sameCharacters(next.getCharacters(), repeat.getCharacters()),
                current.textProperty(), next.textProperty(), repeat.textProperty());
        Button change = new Button(i18n.get("settings.passphrase.change"), Icons.of(MaterialDesignK.KEY_VARIANT));
        change.setId("changePassphrase");
        change.disableProperty().bind(acceptable.not().or(vm.changingPassphrase));
        Runnable submit = () -> {
            if (!change.isDisabled()) {
                char[] currentChars = Passphrases.take(current);
                char[] nextChars = Passphrases.take(next);
                repeat.clear();
                vm.changePassphrase(currentChars, nextChars);
            }
        };
        change.setOnAction(e -> submit.run());
        // A new attempt makes the last result stale; clearing the fields after submit does not count.
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.textProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    vm.passphraseMessage.set("");
                }
            });
        }
        repeat.setOnAction(e -> submit.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.changingPassphrase);

        FormGrid form = new FormGrid();
        form.addWide(i18n.get("settings.passphrase.current"), current);
        form.addWide(i18n.get("settings.passphrase.new"), new VBox(4, next, new StrengthHint(next, i18n)));
        form.addWide(i18n.get("settings.passphrase.repeat"), repeat);
        form.setMaxWidth(520);
        HBox actions = new HBox(10, change, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        return Sections.titled(i18n.get("settings.passphrase"), MaterialDesignK.KEY_OUTLINE,
                Sections.hint(i18n.get("settings.passphrase.hint")), form, actions,
                message("passphraseMessage", vm.passphraseMessage, vm.passphraseFailed));
    }

    private VBox vaultSection(SessionContext context, I18n i18n) {
        Label path = new Label(context.session().directory().toAbsolutePath().toString());
        path.setId("vaultPath");
        path.getStyleClass().add(UiStyles.PATH);
        path.setWrapText(true);
        return Sections.titled(i18n.get("settings.vault"), MaterialDesignS.SHIELD_LOCK_OUTLINE,
                Sections.hint(i18n.get("settings.vault.hint")), path);
    }

    private static Label message(String id, StringProperty text, BooleanProperty failed) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        failed.addListener((obs, old, now) -> {
            label.getStyleClass().removeAll(UiStyles.ERROR_TEXT, UiStyles.SUCCESS_TEXT);
            label.getStyleClass().add(now ? UiStyles.ERROR_TEXT : UiStyles.SUCCESS_TEXT);
        });
        label.getStyleClass().add(UiStyles.SUCCESS_TEXT);
        return label;
    }
}
