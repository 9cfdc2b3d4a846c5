package app.caravan.interchange;

import app.caravan.domain.City;
import app.caravan.domain.Consent;
import app.caravan.domain.Departure;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Profession;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes Caravan interchange JSON, version 1: pretty-printed UTF-8, lossless. Identities,
 * timestamps and revisions are included, and so is the whole vocabulary, so that another vault
 * can rebuild every entry the interviews refer to. Cities and professions appear by name, which
 * is what a person reading the file expects; themes by key, which is what coders work with.
 */
public final class InterchangeWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Emoji as real characters, not \uD83D\uDE42 escapes; a lone surrogate is still escaped.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * Writes the interviews and the vocabulary to {@code out}, which stays open.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(OutputStream out, List<IdentifiedInterview> interviews, Vocabulary vocabulary) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            VocabularyLabels labels = new VocabularyLabels(vocabulary);
            json.writeStartObject();
            json.writeStringField("format", InterchangeReader.FORMAT);
            json.writeNumberField("version", InterchangeReader.VERSION);
            writeVocabulary(json, labels.written());
            json.writeArrayFieldStart("interviews");
            for (IdentifiedInterview interview : interviews) {
                writeInterview(json, interview.interview(), interview.identity(), labels);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeVocabulary(JsonGenerator json, Vocabulary vocabulary) throws IOException {
        json.writeObjectFieldStart("vocabulary");
        json.writeArrayFieldStart("cities");
        for (City city : vocabulary.cities()) {
            json.writeStartObject();
            json.writeStringField("key", city.key());
            json.writeStringField("name", city.name());
            json.writeStringField("country", city.country());
            json.writeStringField("region", city.region());
            writeStrings(json, "aliases", city.aliases());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("professions");
        for (Profession profession : vocabulary.professions()) {
            json.writeStartObject();
            json.writeStringField("key", profession.key());
            json.writeStringField("name", profession.name());
            json.writeStringField("sector", profession.sector());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("themes");
        for (Theme theme : vocabulary.themes()) {
            json.writeStartObject();
            json.writeStringField("key", theme.key());
            json.writeStringField("name", theme.name());
            optional(json, "parent", theme.parentKey());
            json.writeStringField("color", theme.color());
            json.writeStringField("description", theme.description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeInterview(JsonGenerator json, Interview i, Identity identity, VocabularyLabels labels)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", i.id().toString());
        json.writeStringField("pseudonym", i.pseudonym());
        json.writeStringField("interviewedAt", dateTime(i.interviewedAt()));
        optional(json, "interviewer", i.interviewer());
        optional(json, "language", i.language());
        optional(json, "place", labels.city(i.place()));
        optional(json, "currentCity", labels.city(i.currentCity()));
        optional(json, "originCity", labels.city(i.originCity()));
        optional(json, "profession", labels.profession(i.profession()));
        optional(json, "ageBand", i.ageBand() == null ? null : i.ageBand().key());
        optional(json, "gender", i.gender() == null ? null : i.gender().key());
        writeDeparture(json, i.departure());
        writeThemes(json, i.themes(), labels);
        writeConsent(json, i.consent());
        if (!identity.equals(Identity.EMPTY)) {
            json.writeObjectFieldStart("identity");
            json.writeStringField("realName", identity.realName());
            json.writeStringField("contact", identity.contact());
            writeStrings(json, "mentionedPeople", identity.mentionedPeople());
            json.writeEndObject();
        }
        json.writeStringField("transcript", i.transcript());
        json.writeArrayFieldStart("segments");
        for (Segment s : i.segments()) {
            json.writeStartObject();
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            writeThemes(json, s.themes(), labels);
            json.writeStringField("memo", s.memo());
            if (s.quotable()) {
                // Only when set: files without quotable marks stay as they were before the field existed.
                json.writeBooleanField("quotable", true);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (Note n : i.notes()) {
            json.writeStartObject();
            json.writeStringField("offset", n.offsetText());
            json.writeStringField("text", n.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("status", i.status().key());
        json.writeStringField("createdAt", i.createdAt().toString());
        json.writeStringField("updatedAt", i.updatedAt().toString());
        json.writeNumberField("revision", i.revision());
        json.writeEndObject();
    }

    private static void writeDeparture(JsonGenerator json, Departure departure) throws IOException {
        if (departure.isUnknown()) {
            return;
        }
        json.writeObjectFieldStart("departure");
        optional(json, "date", departure.date() == null ? null : departure.date().toString());
        optional(json, "wave", departure.wave() == null ? null : departure.wave().key());
        json.writeEndObject();
    }

    private static void writeConsent(JsonGenerator json, Consent c) throws IOException {
        json.writeObjectFieldStart("consent");
        json.writeBooleanField("participation", c.participation());
        json.writeBooleanField("audioRecording", c.audioRecording());
        json.writeBooleanField("verbatimQuotes", c.verbatimQuotes());
        json.writeBooleanField("publishUnderPseudonym", c.publishUnderPseudonym());
        json.writeBooleanField("shareAnonymizedForResearch", c.shareAnonymizedForResearch());
        json.writeBooleanField("recontact", c.recontact());
        optional(json, "method", c.method() == null ? null : c.method().key());
        optional(json, "recordedAt", dateTime(c.recordedAt()));
        optional(json, "withdrawnAt", dateTime(c.withdrawnAt()));
        json.writeEndObject();
    }

    private static void writeThemes(JsonGenerator json, List<String> keys, VocabularyLabels labels)
            throws IOException {
        json.writeArrayFieldStart("themes");
        for (String key : keys) {
            json.writeString(labels.theme(key));
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    /** Always with seconds and the original offset: "+05:00" is part of what was recorded. */
    private static String dateTime(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
