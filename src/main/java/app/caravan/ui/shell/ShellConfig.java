package app.caravan.ui.shell;

import app.caravan.app.VaultService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What the desktop UI is started with: the vault service, where the vault is, which language,
 * and how to hand a file or folder URI to the desktop (the application's HostServices; a no-op
 * where there is none).
 */
public record ShellConfig(VaultService vaultService, Path vaultDirectory, Locale locale,
        java.util.function.Consumer<String> showDocument) {
    public ShellConfig {
        Objects.requireNonNull(vaultService, "vaultService");
        Objects.requireNonNull(vaultDirectory, "vaultDirectory");
        locale = locale == null ? Locale.getDefault() : locale;
    }

    public ShellConfig(VaultService vaultService, Path vaultDirectory, Locale locale) {
        this(vaultService, vaultDirectory, locale, null);
    }
}
