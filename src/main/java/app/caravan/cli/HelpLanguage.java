package app.caravan.cli;

import app.caravan.domain.Problem;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The language of the command line's help. English is written in the annotations; other
 * languages come from {@code app/caravan/cli/help_LANG.properties} (picocli's resource bundle
 * keys), so a language without a file simply stays English.
 */
final class HelpLanguage {
    static final String BUNDLE = "app.caravan.cli.help";

    private HelpLanguage() {
    }

    /** Applies {@code locale}'s help texts to {@code cli} and all its subcommands, if there are any. */
    static void apply(CommandLine cli, Locale locale) {
        if (locale == null || locale.getLanguage().equals("en")) {
            return;
        }
        try {
            // No fallback to the JVM's default locale: the caller has already decided the language.
            cli.setResourceBundle(ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (java.util.MissingResourceException e) {
            // Not translated: English help.
        }
    }

    /** The texts of keyed failures in {@code locale}'s language, or null for English (the messages as they are). */
    static ResourceBundle errors(Locale locale) {
        if (locale == null || locale.getLanguage().equals("en")) {
            return null;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Problem.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // A language without its own file gets the English base file: keep the messages as they are.
        return bundle.getLocale().getLanguage().equals(locale.getLanguage()) ? bundle : null;
    }
}
