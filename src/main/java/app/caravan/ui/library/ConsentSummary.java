package app.caravan.ui.library;

import app.caravan.domain.Consent;
import app.caravan.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * Consent in a table cell: the short codes of what was granted ("P·Q·R"), so a glance shows
 * whether a quote may be used. A withdrawal overrides everything and says so.
 */
public final class ConsentSummary {
    private static final String[] FLAGS = {"participation", "audioRecording", "verbatimQuotes",
        "publishUnderPseudonym", "shareAnonymizedForResearch", "recontact"};

    private ConsentSummary() {
    }

    public static String shortText(Consent consent, I18n i18n) {
        if (consent == null) {
            return "";
        }
        if (consent.isWithdrawn()) {
            return i18n.format("consent.short.withdrawnOn",
                    app.caravan.ui.common.Dates.shortFormat(i18n.locale()).format(consent.withdrawnAt().toLocalDate()));
        }
        List<String> parts = new ArrayList<>();
        boolean[] values = flags(consent);
        for (int i = 0; i < FLAGS.length; i++) {
            if (values[i]) {
                parts.add(i18n.get("consent.short." + FLAGS[i]));
            }
        }
        return parts.isEmpty() ? i18n.get("consent.short.none") : String.join("·", parts);
    }

    /** One line per flag, granted or not: the tooltip of the short text. */
    public static String longText(Consent consent, I18n i18n) {
        if (consent == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean[] values = flags(consent);
        for (int i = 0; i < FLAGS.length; i++) {
            out.append(values[i] ? "✓ " : "✗ ").append(i18n.get("consent." + FLAGS[i])).append('\n');
        }
        if (consent.isWithdrawn()) {
            out.append(i18n.get("consent.withdrawnWarning"));
        }
        return out.toString().strip();
    }

    /** For sorting: withdrawn first, then by how much was granted. */
    public static int weight(Consent consent) {
        if (consent == null || consent.isWithdrawn()) {
            return -1;
        }
        int n = 0;
        for (boolean b : flags(consent)) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static boolean[] flags(Consent c) {
        return new boolean[] {c.participation(), c.audioRecording(), c.verbatimQuotes(), c.publishUnderPseudonym(),
            c.shareAnonymizedForResearch(), c.recontact()};
    }
}
