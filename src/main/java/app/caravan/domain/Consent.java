package app.caravan.domain;

import java.time.OffsetDateTime;

/**
 * Consent per use. Each flag is a separate permission; absent means not given. A withdrawal
 * date overrides every flag for every later export and sync.
 */
public record Consent(
        boolean participation,
        boolean audioRecording,
        boolean verbatimQuotes,
        boolean publishUnderPseudonym,
        boolean shareAnonymizedForResearch,
        boolean recontact,
        ConsentMethod method,
        OffsetDateTime recordedAt,
        OffsetDateTime withdrawnAt) {

    /** Nothing consented yet: the state of a brand-new interview. */
    public static final Consent NONE = new Consent(false, false, false, false, false, false, null, null, null);

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Participation consent is recorded and not withdrawn. */
    public boolean isActive() {
        return participation && !isWithdrawn();
    }

    public Consent withParticipation(boolean value) {
        return new Consent(value, audioRecording, verbatimQuotes, publishUnderPseudonym,
                shareAnonymizedForResearch, recontact, method, recordedAt, withdrawnAt);
    }

    public Consent withWithdrawnAt(OffsetDateTime value) {
        return new Consent(participation, audioRecording, verbatimQuotes, publishUnderPseudonym,
                shareAnonymizedForResearch, recontact, method, recordedAt, value);
    }
}
