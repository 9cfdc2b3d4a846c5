package app.caravan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's own sentences (results, notes, its refusals) in the language of its help:
 * English in {@code app/caravan/cli/output.properties}, other languages beside it. Arguments are
 * shown as they are, without number grouping, so the lines read the same for scripts in every
 * language except for the words.
 */
final class Say {
    static final String BUNDLE = "app.caravan.cli.output";
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Say(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Sentences in {@code locale}'s language where there is a file for it, else English (also for null). */
    static Say in(Locale locale) {
        return new Say(ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, EXACT));
    }

    /** The sentences of the command line that runs {@code spec} (its root command chose the language). */
    static Say of(CommandSpec spec) {
        return ((CaravanCommand) spec.root().userObject()).say;
    }

    String line(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing sentence must not hide the facts.
            return key + " " + java.util.Arrays.toString(args);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }
}
