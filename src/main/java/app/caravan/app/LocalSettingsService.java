package app.caravan.app;

import app.caravan.storage.SettingsStore;

final class LocalSettingsService implements SettingsService {
    private static final String USER_NAME = "user.name";
    private static final String AUTO_SYNC = "sync.auto";
    private static final String DEMO = "vault.demo";
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

    @Override
    public boolean syncAutomatically() {
        return !"off".equals(store.get(AUTO_SYNC).orElse("on"));
    }

    @Override
    public void setSyncAutomatically(boolean on) {
        store.put(AUTO_SYNC, on ? "on" : "off");
    }

    @Override
    public boolean isDemoVault() {
        return "yes".equals(store.get(DEMO).orElse("no"));
    }

    /** Only {@link DemoVault} marks a vault: no screen or command can turn a real vault into a demo. */
    void markDemo() {
        store.put(DEMO, "yes");
    }
}
