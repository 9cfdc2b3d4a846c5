package app.caravan.ui.shell;

import app.caravan.app.VaultService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** What the desktop UI is started with: the vault service, where the vault is, which language. */
public record ShellConfig(VaultService vaultService, Path vaultDirectory, Locale locale) {
    public ShellConfig {
        Objects.requireNonNull(vaultService, "vaultService");
        Objects.requireNonNull(vaultDirectory, "vaultDirectory");
        locale = locale == null ? Locale.getDefault() : locale;
    }
}
