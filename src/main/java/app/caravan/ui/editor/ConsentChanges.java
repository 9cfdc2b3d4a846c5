package app.caravan.ui.editor;

import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One consent change in words: "Granted: Participation, Verbatim quotes · Revoked: Re-contact later". */
public final class ConsentChanges {
    private ConsentChanges() {
    }

    public static String describe(ConsentChange change, I18n i18n) {
        Consent before = change.before();
        Consent after = change.after();
        boolean[] was = flags(before);
        boolean[] now = flags(after);
        List<String> granted = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        for (int i = 0; i < was.length; i++) {
            String name = i18n.get("consent." + ConsentSection.FLAG_IDS.get(i));
            if (now[i] && !was[i]) {
                granted.add(name);
            } else if (was[i] && !now[i]) {
                revoked.add(name);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!granted.isEmpty()) {
            parts.add(i18n.format("consent.history.granted", String.join(", ", granted)));
        }
        if (!revoked.isEmpty()) {
            parts.add(i18n.format("consent.history.revoked", String.join(", ", revoked)));
        }
        if (!Objects.equals(before.method(), after.method()) && after.method() != null) {
            parts.add(i18n.format("consent.history.method", i18n.label("consentMethod", after.method().key())));
        }
        if (change.isWithdrawal()) {
            parts.add(i18n.format("consent.history.withdrawn",
                    Dates.shortFormat(i18n.locale()).format(after.withdrawnAt().toLocalDate())));
        }
        if (parts.isEmpty()) {
            parts.add(i18n.get("consent.history.details"));
        }
        return String.join(" · ", parts);
    }

    private static boolean[] flags(Consent c) {
        return new boolean[] {c.participation(), c.audioRecording(), c.verbatimQuotes(), c.publishUnderPseudonym(),
            c.shareAnonymizedForResearch(), c.recontact()};
    }
}
