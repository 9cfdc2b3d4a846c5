package app.caravan.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One interview without the interviewee's identity (see {@link Identity}). Vocabulary values
 * (cities, profession, themes) are keys into the vault's {@link Vocabulary}.
 *
 * <p>{@code revision} counts saves; the vault rejects a save based on a stale revision so two
 * writers cannot silently overwrite each other.
 */
public record Interview(
        UUID id,
        String pseudonym,
        OffsetDateTime interviewedAt,
        String interviewer,
        String language,
        String place,
        String currentCity,
        String originCity,
        String profession,
        AgeBand ageBand,
        Gender gender,
        Departure departure,
        List<String> themes,
        Consent consent,
        String transcript,
        List<Segment> segments,
        List<Note> notes,
        Status status,
        Instant createdAt,
        Instant updatedAt,
        long revision) {

    public static final int MAX_PSEUDONYM_LENGTH = 100;

    public Interview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interviewedAt, "interviewedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        pseudonym = pseudonym == null ? "" : pseudonym.strip();
        if (pseudonym.isEmpty()) {
            throw new IllegalArgumentException("pseudonym is empty");
        }
        if (pseudonym.length() > MAX_PSEUDONYM_LENGTH) {
            throw new IllegalArgumentException("pseudonym is longer than " + MAX_PSEUDONYM_LENGTH + " characters");
        }
        interviewer = blankToNull(interviewer);
        language = blankToNull(language);
        place = blankToNull(place);
        currentCity = blankToNull(currentCity);
        originCity = blankToNull(originCity);
        profession = blankToNull(profession);
        departure = departure == null ? Departure.UNKNOWN : departure;
        themes = List.copyOf(new LinkedHashSet<>(themes == null ? List.of() : themes));
        consent = consent == null ? Consent.NONE : consent;
        transcript = transcript == null ? "" : transcript;
        segments = List.copyOf(segments == null ? List.of() : segments);
        notes = List.copyOf(notes == null ? List.of() : notes);
        if (revision < 0) {
            throw new IllegalArgumentException("revision is negative");
        }
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).end() > transcript.length()) {
                throw new IllegalArgumentException("segment " + i + " ends at " + segments.get(i).end()
                        + ", beyond the transcript length " + transcript.length());
            }
        }
    }

    /** A fresh draft with nothing consented yet; consent comes first. */
    public static Interview newDraft(String pseudonym, String interviewer, OffsetDateTime now) {
        return builder(UUID.randomUUID(), pseudonym, now)
                .interviewer(interviewer)
                .createdAt(now.toInstant())
                .updatedAt(now.toInstant())
                .build();
    }

    public static Builder builder(UUID id, String pseudonym, OffsetDateTime interviewedAt) {
        return new Builder(id, pseudonym, interviewedAt);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Redacted: transcripts must not end up in logs or exception messages. */
    @Override
    public String toString() {
        return "Interview[id=" + id + ", revision=" + revision + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Mutable assembly of an {@link Interview}; validation happens in {@link #build()}. */
    public static final class Builder {
        private UUID id;
        private String pseudonym;
        private OffsetDateTime interviewedAt;
        private String interviewer;
        private String language;
        private String place;
        private String currentCity;
        private String originCity;
        private String profession;
        private AgeBand ageBand;
        private Gender gender;
        private Departure departure = Departure.UNKNOWN;
        private List<String> themes = List.of();
        private Consent consent = Consent.NONE;
        private String transcript = "";
        private List<Segment> segments = List.of();
        private List<Note> notes = List.of();
        private Status status = Status.DRAFT;
        private Instant createdAt;
        private Instant updatedAt;
        private long revision;

        private Builder(UUID id, String pseudonym, OffsetDateTime interviewedAt) {
            this.id = id;
            this.pseudonym = pseudonym;
            this.interviewedAt = interviewedAt;
            this.createdAt = interviewedAt == null ? Instant.now() : interviewedAt.toInstant();
            this.updatedAt = createdAt;
        }

        private Builder(Interview i) {
            id = i.id;
            pseudonym = i.pseudonym;
            interviewedAt = i.interviewedAt;
            interviewer = i.interviewer;
            language = i.language;
            place = i.place;
            currentCity = i.currentCity;
            originCity = i.originCity;
            profession = i.profession;
            ageBand = i.ageBand;
            gender = i.gender;
            departure = i.departure;
            themes = i.themes;
            consent = i.consent;
            transcript = i.transcript;
            segments = i.segments;
            notes = i.notes;
            status = i.status;
            createdAt = i.createdAt;
            updatedAt = i.updatedAt;
            revision = i.revision;
        }

        public Builder id(UUID value) { id = value; return this; }
        public Builder pseudonym(String value) { pseudonym = value; return this; }
        public Builder interviewedAt(OffsetDateTime value) { interviewedAt = value; return this; }
        public Builder interviewer(String value) { interviewer = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder place(String value) { place = value; return this; }
        public Builder currentCity(String value) { currentCity = value; return this; }
        public Builder originCity(String value) { originCity = value; return this; }
        public Builder profession(String value) { profession = value; return this; }
        public Builder ageBand(AgeBand value) { ageBand = value; return this; }
        public Builder gender(Gender value) { gender = value; return this; }
        public Builder departure(Departure value) { departure = value; return this; }
        public Builder themes(List<String> value) { themes = value; return this; }
        public Builder consent(Consent value) { consent = value; return this; }
        public Builder transcript(String value) { transcript = value; return this; }
        public Builder segments(List<Segment> value) { segments = value; return this; }
        public Builder notes(List<Note> value) { notes = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder revision(long value) { revision = value; return this; }

        public Interview build() {
            return new Interview(id, pseudonym, interviewedAt, interviewer, language, place, currentCity,
                    originCity, profession, ageBand, gender, departure, themes, consent, transcript, segments,
                    notes, status, createdAt, updatedAt, revision);
        }
    }
}
