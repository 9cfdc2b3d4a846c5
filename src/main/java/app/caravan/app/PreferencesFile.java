package app.caravan.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The app's preferences as one small properties file in the user's config folder. Read when the
 * app starts (before any vault), written whole and atomically: a crash mid-write leaves the old
 * file, never half a new one. A damaged file must not stop the app from starting, so reading
 * falls back to defaults and logs what was wrong and where.
 */
public final class PreferencesFile {
    public static final String FILE_NAME = "preferences.properties";
    private static final Logger LOG = Logger.getLogger(PreferencesFile.class.getName());
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String NEUTRAL_TITLE = "neutralTitle";
    private static final String NEUTRAL_NAME = "neutralTitle.text";

    private final Path file;

    public PreferencesFile(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The file in the platform's config folder ({@link VaultLocations#configDirectory()}). */
    public static PreferencesFile inUserConfig() {
        return new PreferencesFile(VaultLocations.configDirectory());
    }

    public Path path() {
        return file;
    }

    /** The stored preferences; defaults for a missing file, and for each value that cannot be read. */
    public AppPreferences load() {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (NoSuchFileException e) {
            return AppPreferences.defaults();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("The preferences file " + file + " cannot be read (" + e.getMessage() + "); using defaults");
            return AppPreferences.defaults();
        }
        AppPreferences defaults = AppPreferences.defaults();
        AppPreferences.Language language = defaults.language();
        AppPreferences.Look look = defaults.look();
        try {
            language = AppPreferences.Language.fromKey(stored.getProperty(LANGUAGE, language.key()).strip());
        } catch (IllegalArgumentException e) {
            LOG.warning(e.getMessage() + " in " + file + "; using " + language.key());
        }
        try {
            look = AppPreferences.Look.fromKey(stored.getProperty(THEME, look.key()).strip());
        } catch (IllegalArgumentException e) {
            LOG.warning(e.getMessage() + " in " + file + "; using " + look.key());
        }
        boolean neutral = Boolean.parseBoolean(stored.getProperty(NEUTRAL_TITLE, "false").strip());
        return new AppPreferences(language, look, neutral, stored.getProperty(NEUTRAL_NAME));
    }

    /** Replaces the file with {@code preferences}, creating the folder if needed. */
    public void save(AppPreferences preferences) throws IOException {
        Properties values = new Properties();
        values.setProperty(LANGUAGE, preferences.language().key());
        values.setProperty(THEME, preferences.look().key());
        values.setProperty(NEUTRAL_TITLE, Boolean.toString(preferences.neutralTitle()));
        values.setProperty(NEUTRAL_NAME, preferences.neutralName());
        StringWriter text = new StringWriter();
        values.store(text, "Caravan preferences (no interview data)");
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                    channel.force(true);
                }
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IOException("Cannot save the preferences to " + file + ": " + e.getMessage(), e);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
