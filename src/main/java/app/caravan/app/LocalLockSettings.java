package app.caravan.app;

import app.caravan.domain.Problem;
import app.caravan.storage.SettingsStore;
import app.caravan.storage.UnlockGuard;
import app.caravan.storage.VaultException;
import java.nio.file.Path;

/** Auto-lock minutes in the vault's settings; the failed-unlock wipe in the guard file beside the vault. */
final class LocalLockSettings implements LockSettings {
    private static final String AUTO_LOCK = "lock.autoMinutes";
    private final SettingsStore store;
    private final Path directory;

    LocalLockSettings(SettingsStore store, Path directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public int autoLockMinutes() {
        try {
            int minutes = Integer.parseInt(store.get(AUTO_LOCK).orElse(""));
            return Math.max(MIN_AUTO_LOCK_MINUTES, Math.min(MAX_AUTO_LOCK_MINUTES, minutes));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTO_LOCK_MINUTES;
        }
    }

    @Override
    public void setAutoLockMinutes(int minutes) throws InvalidInputException {
        if (minutes < MIN_AUTO_LOCK_MINUTES || minutes > MAX_AUTO_LOCK_MINUTES) {
            throw new InvalidInputException(Problem.of("lock.autoLock", MIN_AUTO_LOCK_MINUTES,
                    MAX_AUTO_LOCK_MINUTES, minutes));
        }
        store.put(AUTO_LOCK, Integer.toString(minutes));
    }

    @Override
    public int wipeAfterFailedUnlocks() {
        return UnlockGuard.read(directory).wipeAfter();
    }

    @Override
    public void setWipeAfterFailedUnlocks(int attempts) throws InvalidInputException, VaultAccessException {
        if (attempts != 0 && (attempts < MIN_WIPE_AFTER || attempts > MAX_WIPE_AFTER)) {
            throw new InvalidInputException(Problem.of("lock.wipeAfter", MIN_WIPE_AFTER, MAX_WIPE_AFTER, attempts));
        }
        try {
            UnlockGuard.setWipeAfter(directory, attempts);
        } catch (VaultException e) {
            throw LocalVaultService.translate(e);
        }
    }
}
