package app.caravan.interchange;

import app.caravan.domain.Problem;
import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Timecode;
import app.caravan.domain.Wave;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Maps one element of {@code interviews} to domain records, checking every field on the way. */
final class InterviewMapper {
    private static final Set<String> INTERVIEW_FIELDS = Set.of("id", "pseudonym", "interviewedAt", "interviewer",
            "language", "place", "currentCity", "originCity", "profession", "ageBand", "gender", "departure",
            "themes", "consent", "identity", "transcript", "segments", "notes", "status", "createdAt",
            "updatedAt", "revision");
    private static final Set<String> CONSENT_FIELDS = Set.of("participation", "audioRecording", "verbatimQuotes",
            "publishUnderPseudonym", "shareAnonymizedForResearch", "recontact", "method", "recordedAt",
            "withdrawnAt");
    private static final Set<String> IDENTITY_FIELDS = Set.of("realName", "contact", "mentionedPeople");
    private static final Set<String> DEPARTURE_FIELDS = Set.of("date", "wave");
    private static final Set<String> SEGMENT_FIELDS = Set.of("start", "end", "themes", "memo", "quotable");
    private static final Set<String> NOTE_FIELDS = Set.of("offset", "text");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final VocabularyResolver vocabulary;
    private final Instant now;

    InterviewMapper(VocabularyResolver vocabulary, Instant now) {
        this.vocabulary = vocabulary;
        this.now = now;
    }

    IdentifiedInterview map(JsonFields record) throws InterchangeException {
        record.rejectUnknown(INTERVIEW_FIELDS);
        UUID id = record.uuid("id");
        String transcript = Objects.requireNonNullElse(record.string("transcript"), "");
        Instant createdAt = record.instant("createdAt");
        Instant updatedAt = record.instant("updatedAt");
        Status status = record.enumValue("status", Status::fromKey, Status.values(), Status::key);
        Consent consent = consent(record.requiredObject("consent"));
        Interview.Builder interview = Interview.builder(id == null ? UUID.randomUUID() : id, pseudonym(record),
                        record.requiredDateTime("interviewedAt"))
                .interviewer(record.string("interviewer"))
                .language(language(record))
                .place(city(record, "place"))
                .currentCity(city(record, "currentCity"))
                .originCity(city(record, "originCity"))
                .profession(profession(record))
                .ageBand(record.enumValue("ageBand", AgeBand::fromKey, AgeBand.values(), AgeBand::key))
                .gender(record.enumValue("gender", Gender::fromKey, Gender.values(), Gender::key))
                .departure(departure(record.object("departure")))
                .themes(themes(record))
                .consent(consent)
                .transcript(transcript)
                .segments(segments(record, transcript, consent))
                .notes(notes(record))
                .status(status == null ? Status.DRAFT : status)
                .createdAt(createdAt == null ? now : createdAt)
                .updatedAt(updatedAt == null ? now : updatedAt)
                .revision(record.nonNegativeLong("revision", 0));
        Identity identity = identity(record.object("identity"));
        try {
            return new IdentifiedInterview(interview.build(), identity);
        } catch (IllegalArgumentException | NullPointerException e) {
            // Everything the domain checks was checked above; this keeps a future rule from escaping raw.
            throw record.error(String.valueOf(e.getMessage()));
        }
    }

    private static String pseudonym(JsonFields record) throws InterchangeException {
        String pseudonym = record.requiredString("pseudonym").strip();
        if (pseudonym.isEmpty()) {
            throw record.error("pseudonym", Problem.of("json.blank"));
        }
        if (pseudonym.length() > Interview.MAX_PSEUDONYM_LENGTH) {
            throw record.error("pseudonym", Problem.of("json.tooLong", pseudonym.length(),
                    Interview.MAX_PSEUDONYM_LENGTH));
        }
        return pseudonym;
    }

    private static String language(JsonFields record) throws InterchangeException {
        String language = record.string("language");
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!LANGUAGE.matcher(language.strip()).matches()) {
            throw record.error("language", Problem.of("interchange.notLanguage", JsonFields.quote(language)));
        }
        return language.strip();
    }

    private String city(JsonFields record, String field) throws InterchangeException {
        String value = record.string(field);
        return value == null || value.isBlank() ? null : vocabulary.cityKey(value);
    }

    private String profession(JsonFields record) throws InterchangeException {
        String value = record.string("profession");
        return value == null || value.isBlank() ? null : vocabulary.professionKey(value);
    }

    /** Two spellings of one theme ("Remote work", "remote-work") are one code, not two. */
    private List<String> themes(JsonFields owner) throws InterchangeException {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : owner.strings("themes")) {
            keys.add(vocabulary.themeKey(value));
        }
        return List.copyOf(keys);
    }

    private static Departure departure(JsonFields departure) throws InterchangeException {
        if (departure == null) {
            return Departure.UNKNOWN;
        }
        departure.rejectUnknown(DEPARTURE_FIELDS);
        return new Departure(departure.date("date"),
                departure.enumValue("wave", Wave::fromKey, Wave.values(), Wave::key));
    }

    private static Consent consent(JsonFields consent) throws InterchangeException {
        consent.rejectUnknown(CONSENT_FIELDS);
        return new Consent(
                consent.requiredFlag("participation"),
                consent.flag("audioRecording"),
                consent.flag("verbatimQuotes"),
                consent.flag("publishUnderPseudonym"),
                consent.flag("shareAnonymizedForResearch"),
                consent.flag("recontact"),
                consent.enumValue("method", ConsentMethod::fromKey, ConsentMethod.values(), ConsentMethod::key),
                consent.dateTime("recordedAt"),
                consent.dateTime("withdrawnAt"));
    }

    private static Identity identity(JsonFields identity) throws InterchangeException {
        if (identity == null) {
            return Identity.EMPTY;
        }
        identity.rejectUnknown(IDENTITY_FIELDS);
        return new Identity(identity.string("realName"), identity.string("contact"),
                identity.strings("mentionedPeople"));
    }

    /** A quotable mark needs verbatim-quote consent, as in the app; the file is refused otherwise. */
    private List<Segment> segments(JsonFields record, String transcript, Consent consent)
            throws InterchangeException {
        List<Segment> segments = new ArrayList<>();
        for (JsonFields segment : record.objects("segments")) {
            segment.rejectUnknown(SEGMENT_FIELDS);
            int start = segment.requiredInt("start");
            int end = segment.requiredInt("end");
            if (start < 0) {
                throw segment.error("start", Problem.of("json.negative", start));
            }
            if (end <= start) {
                throw segment.error("end", Problem.of("interchange.endBeforeStart", end, start));
            }
            if (end > transcript.length()) {
                throw segment.error("end", Problem.of("interchange.endBeyond", end, transcript.length()));
            }
            boolean quotable = segment.flag("quotable");
            if (quotable && !consent.verbatimQuotes()) {
                throw segment.error("quotable", Problem.of("interchange.quotableWithoutConsent"));
            }
            segments.add(new Segment(start, end, themes(segment), segment.string("memo"), quotable));
        }
        return segments;
    }

    private static List<Note> notes(JsonFields record) throws InterchangeException {
        List<Note> notes = new ArrayList<>();
        for (JsonFields note : record.objects("notes")) {
            note.rejectUnknown(NOTE_FIELDS);
            String offset = note.requiredString("offset");
            Duration at;
            try {
                at = Timecode.parse(offset);
            } catch (IllegalArgumentException e) {
                throw note.error("offset", e.getMessage());
            }
            notes.add(new Note(at, note.string("text")));
        }
        return notes;
    }
}
