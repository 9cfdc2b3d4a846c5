package app.caravan.app;

import java.util.Locale;
import java.util.Objects;

/**
 * How the app looks and speaks, chosen before any vault is open: language, light or dark theme,
 * and an optional neutral window title (a laptop left open on a table need not announce what
 * it holds). Holds no interview data, so it lives outside the vault; see {@link PreferencesFile}.
 */
public record AppPreferences(Language language, Look look, boolean neutralTitle, String neutralName) {
    public static final String DEFAULT_NEUTRAL_NAME = "Notes";
    /** Long enough for any plausible window title, short enough to stay a title. */
    public static final int MAX_NEUTRAL_NAME = 60;

    public enum Language {
        /** The operating system's language when it is one the app speaks, else English. */
        SYSTEM("system"),
        ENGLISH("en"),
        RUSSIAN("ru");

        private final String key;

        Language(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Language fromKey(String key) {
            for (Language language : values()) {
                if (language.key.equals(key)) {
                    return language;
                }
            }
            throw new IllegalArgumentException("Unknown language '" + key + "' (expected system, en or ru)");
        }
    }

    public enum Look {
        LIGHT("light"),
        DARK("dark");

        private final String key;

        Look(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Look fromKey(String key) {
            for (Look look : values()) {
                if (look.key.equals(key)) {
                    return look;
                }
            }
            throw new IllegalArgumentException("Unknown theme '" + key + "' (expected light or dark)");
        }
    }

    public AppPreferences {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(look, "look");
        neutralName = cleanName(neutralName);
    }

    public static AppPreferences defaults() {
        return new AppPreferences(Language.SYSTEM, Look.LIGHT, false, DEFAULT_NEUTRAL_NAME);
    }

    /** The UI's locale: the chosen language, else {@code system} when it is English or Russian, else English. */
    public Locale locale(Locale system) {
        return switch (language) {
            case ENGLISH -> Locale.ENGLISH;
            case RUSSIAN -> Locale.forLanguageTag("ru");
            // The system's own locale when the app speaks its language, so dates keep the local form (en-GB).
            case SYSTEM -> system != null && (system.getLanguage().equals("ru") || system.getLanguage().equals("en"))
                    ? system : Locale.ENGLISH;
        };
    }

    /** The window title: the neutral name when asked for, else {@code appName}. */
    public String title(String appName) {
        return neutralTitle ? neutralName : appName;
    }

    public AppPreferences withLanguage(Language next) {
        return new AppPreferences(next, look, neutralTitle, neutralName);
    }

    public AppPreferences withLook(Look next) {
        return new AppPreferences(language, next, neutralTitle, neutralName);
    }

    public AppPreferences withNeutralTitle(boolean on, String name) {
        return new AppPreferences(language, look, on, name);
    }

    /** Blank means the default; control characters would make an odd or invisible title. */
    private static String cleanName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.isEmpty()) {
            return DEFAULT_NEUTRAL_NAME;
        }
        return cleaned.length() > MAX_NEUTRAL_NAME ? cleaned.substring(0, MAX_NEUTRAL_NAME).strip() : cleaned;
    }
}
