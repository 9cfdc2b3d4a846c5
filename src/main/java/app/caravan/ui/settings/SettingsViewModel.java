package app.caravan.ui.settings;

import app.caravan.app.VaultAccessException;
import app.caravan.domain.Role;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.unlock.VaultErrors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The vault's settings: the user name recorded on new interviews, the vault's role, and the passphrase. */
public final class SettingsViewModel {
    public final StringProperty userName = new SimpleStringProperty("");
    public final StringProperty userNameMessage = new SimpleStringProperty("");
    public final BooleanProperty userNameFailed = new SimpleBooleanProperty();
    public final StringProperty passphraseMessage = new SimpleStringProperty("");
    public final BooleanProperty passphraseFailed = new SimpleBooleanProperty();
    public final BooleanProperty changingPassphrase = new SimpleBooleanProperty();
    public final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    public final StringProperty roleMessage = new SimpleStringProperty("");
    public final BooleanProperty roleFailed = new SimpleBooleanProperty();

    private final SessionContext context;
    private final I18n i18n;

    public SettingsViewModel(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
    }

    public void load() {
        Tasks.create(() -> context.session().settings().userName())
                .onSuccess(name -> userName.set(name == null ? "" : name))
                .runOnce(context.executor());
        Tasks.create(() -> context.session().review().role())
                .onSuccess(role::set)
                .runOnce(context.executor());
    }

    /** Stores the vault's role; the review service decides by it what this vault may do. */
    public void saveRole(Role next) {
        if (next == null) {
            return;
        }
        Tasks.createVoid(() -> context.session().review().setRole(next))
                .onSuccess(done -> {
                    role.set(next);
                    roleFailed.set(false);
                    roleMessage.set(i18n.get("settings.role.saved"));
                })
                .onError(error -> {
                    roleFailed.set(true);
                    roleMessage.set(i18n.format("settings.error", i18n.problem(error)));
                })
                .runOnce(context.executor());
    }

    public void saveUserName() {
        String name = userName.get() == null ? "" : userName.get().strip();
        Tasks.createVoid(() -> context.session().settings().setUserName(name))
                .onSuccess(done -> {
                    userNameFailed.set(false);
                    userNameMessage.set(i18n.get("settings.userName.saved"));
                })
                .onError(error -> {
                    userNameFailed.set(true);
                    userNameMessage.set(i18n.format("settings.error", i18n.problem(error)));
                })
                .runOnce(context.executor());
    }

    /**
     * Re-wraps the vault key under {@code next}. Takes ownership of both arrays and wipes them
     * once the vault has them.
     */
    public void changePassphrase(char[] current, char[] next) {
        changingPassphrase.set(true);
        passphraseMessage.set("");
        Tasks.createVoid(() -> {
            try {
                context.session().changePassphrase(current, next);
            } finally {
                Passphrases.wipe(current, next);
            }
        }).onSuccess(done -> {
            passphraseFailed.set(false);
            passphraseMessage.set(i18n.get("settings.passphrase.changed"));
        }).onError(VaultAccessException.class, error -> {
            passphraseFailed.set(true);
            passphraseMessage.set(error.reason() == VaultAccessException.Reason.WRONG_PASSPHRASE
                    ? i18n.get("settings.passphrase.wrongCurrent") : VaultErrors.message(error, i18n));
        }).onError(error -> {
            passphraseFailed.set(true);
            passphraseMessage.set(i18n.format("settings.error", i18n.problem(error)));
        }).andFinally(() -> changingPassphrase.set(false)).runOnce(context.executor());
    }
}
