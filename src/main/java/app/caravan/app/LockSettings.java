package app.caravan.app;

/**
 * How the vault protects itself when left alone or guessed at: the idle minutes before the
 * desktop app locks it (kept inside the vault), and the optional wipe after too many failed
 * unlocks (kept beside it, since it must be known before unlocking).
 */
public interface LockSettings {
    int DEFAULT_AUTO_LOCK_MINUTES = 5;
    int MIN_AUTO_LOCK_MINUTES = 1;
    int MAX_AUTO_LOCK_MINUTES = 120;
    int MIN_WIPE_AFTER = 3;
    int MAX_WIPE_AFTER = 20;

    /** Idle minutes before the desktop app locks the vault, {@value #MIN_AUTO_LOCK_MINUTES}..{@value #MAX_AUTO_LOCK_MINUTES}. */
    int autoLockMinutes();

    void setAutoLockMinutes(int minutes) throws InvalidInputException;

    /** Failed unlocks in a row that destroy the vault, or 0 when that is off (the default). */
    int wipeAfterFailedUnlocks();

    /** 0 switches the wipe off, else {@value #MIN_WIPE_AFTER}..{@value #MAX_WIPE_AFTER}; the count starts again. */
    void setWipeAfterFailedUnlocks(int attempts) throws InvalidInputException, VaultAccessException;
}
