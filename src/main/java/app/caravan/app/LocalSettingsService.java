package app.caravan.app;

import app.caravan.storage.SettingsStore;

final class LocalSettingsService implements SettingsService {
    private static final String USER_NAME = "user.name";
    private final SettingsStore store;

    LocalSettingsService(SettingsStore store) {
        this.store = store;
    }

    @Override
    public String userName() {
        return store.get(USER_NAME).orElse("");
    }

    @Override
    public void setUserName(String name) {
        store.put(USER_NAME, name == null ? "" : name.strip());
    }
}
