package app.caravan.ui.common;

import app.caravan.app.LockSettings;
import app.caravan.app.VaultSession;
import app.caravan.domain.Vocabulary;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen of an unlocked vault needs, handed down by constructor: the session, the
 * background executor, dialogs, strings and the vault's vocabulary (kept current after additions).
 */
public final class SessionContext {
    private final VaultSession session;
    private final Executor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Appearance appearance;
    private final ObjectProperty<Vocabulary> vocabulary = new SimpleObjectProperty<>(Vocabulary.EMPTY);
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(LockSettings.DEFAULT_AUTO_LOCK_MINUTES);

    public SessionContext(VaultSession session, Executor executor, DialogService dialogs, I18n i18n) {
        this(session, executor, dialogs, i18n, Appearance.unattached());
    }

    public SessionContext(VaultSession session, Executor executor, DialogService dialogs, I18n i18n,
            Appearance appearance) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.appearance = appearance;
    }

    public VaultSession session() {
        return session;
    }

    public Executor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Language, theme and window title: app-wide, not the vault's. */
    public Appearance appearance() {
        return appearance;
    }

    public ObjectProperty<Vocabulary> vocabularyProperty() {
        return vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary.get();
    }

    /** Idle minutes before the window locks itself; Settings changes it, the shell follows. */
    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public int autoLockMinutes() {
        return autoLockMinutes.get();
    }

    public void setAutoLockMinutes(int minutes) {
        autoLockMinutes.set(minutes);
    }

    /** Reloads the vocabulary in the background, e.g. after a save added a city. */
    public void refreshVocabulary() {
        Tasks.create(() -> session.vocabulary().current())
                .onSuccess(vocabulary::set)
                .runOnce(executor);
    }
}
