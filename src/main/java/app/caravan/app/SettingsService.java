package app.caravan.app;

/** Per-vault preferences, stored encrypted inside the vault. */
public interface SettingsService {
    /** The name recorded as interviewer on new interviews ("field-team-1"). */
    String userName();

    void setUserName(String name);
}
