package app.caravan.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What went wrong, as a message key and its arguments, so the layer that talks to a person can
 * say it in that person's language. The texts live in {@code app/caravan/i18n/errors*.properties};
 * the English one is also what exceptions return from {@code getMessage()}, for logs and the CLI.
 * Arguments are shown as they are (no number grouping): they name files, lines, entries and
 * pseudonyms, which must read the same in every language. An argument may itself be a Problem
 * (or a {@link Localized} exception), which is then said in the same language.
 */
public record Problem(String key, List<Object> args) {
    public static final String BUNDLE = "app.caravan.i18n.errors";

    public Problem {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    /** The English sentence, as getMessage() gives it. */
    public String english() {
        return in(ENGLISH);
    }

    /** The sentence in {@code bundle}'s language; an unknown key falls back to English. */
    public String in(ResourceBundle bundle) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle == ENGLISH ? null : english(key);
        }
        if (pattern == null) {
            // A missing text must not hide the facts: the key and the arguments still say what and where.
            return key + " " + args;
        }
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown(args.get(i), bundle);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }

    private static String shown(Object arg, ResourceBundle bundle) {
        if (arg instanceof Problem nested) {
            return nested.in(bundle);
        }
        if (arg instanceof Localized localized && localized.problem() != null) {
            return localized.problem().in(bundle);
        }
        if (arg instanceof Throwable t) {
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
        return String.valueOf(arg);
    }

    private static String english(String key) {
        try {
            return ENGLISH.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
}
