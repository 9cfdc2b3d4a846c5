package app.caravan.domain;

import java.util.function.Predicate;

/** One consent permission, as a filter facet value; a withdrawal revokes every flag. */
public enum ConsentFlag {
    PARTICIPATION("participation", Consent::participation),
    AUDIO_RECORDING("audioRecording", Consent::audioRecording),
    VERBATIM_QUOTES("verbatimQuotes", Consent::verbatimQuotes),
    PUBLISH_UNDER_PSEUDONYM("publishUnderPseudonym", Consent::publishUnderPseudonym),
    SHARE_ANONYMIZED_FOR_RESEARCH("shareAnonymizedForResearch", Consent::shareAnonymizedForResearch),
    RECONTACT("recontact", Consent::recontact);

    private final String key;
    private final Predicate<Consent> granted;

    ConsentFlag(String key, Predicate<Consent> granted) {
        this.key = key;
        this.granted = granted;
    }

    /** The interchange JSON field name of the flag. */
    public String key() {
        return key;
    }

    public boolean isGranted(Consent consent) {
        return consent != null && !consent.isWithdrawn() && granted.test(consent);
    }

    public static ConsentFlag fromKey(String key) {
        return Keys.fromKey(ConsentFlag.class, values(), key, ConsentFlag::key);
    }
}
