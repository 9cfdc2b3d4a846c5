package app.caravan.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where vaults live by default (the platform's per-user data folder), and the app's preferences. */
public final class VaultLocations {
    private VaultLocations() {
    }

    /**
     * {@code $XDG_DATA_HOME/caravan/vault} (else {@code ~/.local/share/caravan/vault}) on Linux,
     * {@code %APPDATA%\Caravan\vault} on Windows, {@code ~/Library/Application Support/Caravan/vault}
     * on macOS.
     */
    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Caravan").resolve("vault");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Caravan").resolve("vault");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("caravan").resolve("vault");
    }

    /** Where the demo vault goes: a {@code demo} folder next to the default vault. */
    public static Path demoDirectory() {
        return demoDirectory(defaultDirectory());
    }

    /** A {@code demo} folder next to {@code vaultDirectory}. */
    public static Path demoDirectory(Path vaultDirectory) {
        Path absolute = vaultDirectory.toAbsolutePath().normalize();
        return absolute.getParent() == null ? absolute.resolve("demo") : absolute.resolveSibling("demo");
    }

    /**
     * The app's own preferences, which hold no interview data: {@code $XDG_CONFIG_HOME/caravan}
     * (else {@code ~/.config/caravan}) on Linux, {@code %APPDATA%\Caravan} on Windows,
     * {@code ~/Library/Preferences/Caravan} on macOS.
     */
    public static Path configDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Caravan");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Preferences").resolve("Caravan");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("caravan");
    }
}
