package app.caravan.ui.common;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** The UI's strings: {@code app/caravan/i18n/messages*.properties}, dotted keys. */
public final class I18n {
    public static final String BUNDLE = "app.caravan.i18n.messages";
    private static final Logger LOG = Logger.getLogger(I18n.class.getName());

    private final ResourceBundle bundle;
    private final ResourceBundle errors;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English UI on a Russian system must stay English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.errors = ResourceBundle.getBundle(Problem.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A visible marker rather than a crash: a missing key must not cost someone their interview.
            LOG.warning("Missing message key " + key);
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Label of an enum value whose key is {@code key}: {@code prefix + "." + key}. */
    public String label(String prefix, String key) {
        return get(prefix + "." + key);
    }

    /** {@code problem} in this language when there is one, else {@code english} (a reason kept as text), else "". */
    public String text(Problem problem, String english) {
        if (problem != null) {
            return problem.in(errors);
        }
        return english == null ? "" : english;
    }

    /**
     * What went wrong, in this language: the exception's {@link Problem} when the layer below gave
     * one, else its (English) message, else its type, so something always names the failure.
     */
    public String problem(Throwable error) {
        if (error instanceof Localized localized && localized.problem() != null) {
            return localized.problem().in(errors);
        }
        if (error == null) {
            return "";
        }
        // A wrapper that only repeats its cause (UncheckedIOException, CompletionException) says nothing more.
        Throwable cause = error.getCause();
        if (cause != null && (error.getMessage() == null || error.getMessage().equals(cause.toString()))) {
            return problem(cause);
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
