package app.caravan.app;

/** Per-vault preferences, stored encrypted inside the vault. */
public interface SettingsService {
    /** The name recorded as interviewer on new interviews ("field-team-1"). */
    String userName();

    void setUserName(String name);

    /** Whether the desktop app syncs by itself (on unless the user turned it off). */
    default boolean syncAutomatically() {
        return true;
    }

    default void setSyncAutomatically(boolean on) {
        throw new UnsupportedOperationException("this vault keeps no sync settings");
    }

    /** True for the demo vault (fictional interviews, published passphrase; see {@link DemoVault}). */
    default boolean isDemoVault() {
        return false;
    }
}
