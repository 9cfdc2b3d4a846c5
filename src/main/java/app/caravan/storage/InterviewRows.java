package app.caravan.storage;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Row mapping for an interview and its child tables (consent, themes, segments, notes). */
final class InterviewRows {
    static final String COLUMNS = "i.id, i.pseudonym, i.interviewed_at, i.interviewer, i.language, i.place,"
            + " i.current_city, i.origin_city, i.profession, i.age_band, i.gender, i.departure_date,"
            + " i.departure_wave, i.status, i.created_at, i.updated_at, i.revision,"
            + " c.participation, c.audio_recording, c.verbatim_quotes, c.publish_pseudonym, c.share_research,"
            + " c.recontact, c.method, c.recorded_at, c.withdrawn_at";
    static final String FROM = " FROM interview i JOIN consent c ON c.interview_id = i.id";

    /** H2's MAX_LENGTH_INPLACE_LOB (bytes; its default, which the vault keeps): see {@link #bindTranscript}. */
    private static final int INPLACE_LOB_CHARS = 256;

    private static final List<String> DELETE_CHILDREN = List.of(
            "DELETE FROM segment_theme WHERE interview_id = ?",
            "DELETE FROM segment WHERE interview_id = ?",
            "DELETE FROM interview_theme WHERE interview_id = ?",
            "DELETE FROM note WHERE interview_id = ?");

    private InterviewRows() {
    }

    static void insertRow(Connection c, Interview i) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO interview (pseudonym, interviewed_at, interviewer,"
                + " language, place, current_city, origin_city, profession, age_band, gender, departure_date,"
                + " departure_wave, transcript, status, created_at, updated_at, revision, id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindRow(s, i);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consent (participation, audio_recording,"
                + " verbatim_quotes, publish_pseudonym, share_research, recontact, method, recorded_at, withdrawn_at,"
                + " interview_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindConsent(s, i.id(), i.consent());
            s.executeUpdate();
        }
        insertChildren(c, i);
    }

    /** Updates the row only if it still has {@code expectedRevision}; false when it does not. */
    static boolean updateRow(Connection c, Interview i, long expectedRevision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE interview SET pseudonym = ?, interviewed_at = ?,"
                + " interviewer = ?, language = ?, place = ?, current_city = ?, origin_city = ?, profession = ?,"
                + " age_band = ?, gender = ?, departure_date = ?, departure_wave = ?, transcript = ?, status = ?,"
                + " created_at = ?, updated_at = ?, revision = ? WHERE id = ? AND revision = ?")) {
            bindRow(s, i);
            s.setLong(19, expectedRevision);
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE consent SET participation = ?, audio_recording = ?,"
                + " verbatim_quotes = ?, publish_pseudonym = ?, share_research = ?, recontact = ?, method = ?,"
                + " recorded_at = ?, withdrawn_at = ? WHERE interview_id = ?")) {
            bindConsent(s, i.id(), i.consent());
            s.executeUpdate();
        }
        for (String delete : DELETE_CHILDREN) {
            try (PreparedStatement s = c.prepareStatement(delete)) {
                s.setObject(1, i.id());
                s.executeUpdate();
            }
        }
        insertChildren(c, i);
        return true;
    }

    static Interview read(Connection c, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String transcript;
        try (PreparedStatement s = c.prepareStatement("SELECT transcript FROM interview WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet t = s.executeQuery()) {
                t.next();
                transcript = t.getString(1);
            }
        }
        return builder(rs, id)
                .themes(themes(c, id).getOrDefault(id, List.of()))
                .transcript(transcript)
                .segments(segments(c, id))
                .notes(notes(c, id))
                .build();
    }

    /** The scalar part of a row, without transcript and child lists. */
    static Interview.Builder builder(ResultSet rs, UUID id) throws SQLException {
        String ageBand = rs.getString("age_band");
        String gender = rs.getString("gender");
        String wave = rs.getString("departure_wave");
        Date departureDate = rs.getDate("departure_date");
        return Interview.builder(id, rs.getString("pseudonym"), rs.getObject("interviewed_at", OffsetDateTime.class))
                .interviewer(rs.getString("interviewer"))
                .language(rs.getString("language"))
                .place(rs.getString("place"))
                .currentCity(rs.getString("current_city"))
                .originCity(rs.getString("origin_city"))
                .profession(rs.getString("profession"))
                .ageBand(ageBand == null ? null : AgeBand.fromKey(ageBand))
                .gender(gender == null ? null : Gender.fromKey(gender))
                .departure(new Departure(departureDate == null ? null : departureDate.toLocalDate(),
                        wave == null ? null : Wave.fromKey(wave)))
                .status(Status.fromKey(rs.getString("status")))
                .createdAt(rs.getObject("created_at", OffsetDateTime.class).toInstant())
                .updatedAt(rs.getObject("updated_at", OffsetDateTime.class).toInstant())
                .revision(rs.getLong("revision"))
                .consent(consent(rs));
    }

    /** Interview themes for one interview, or for all when {@code id} is null. */
    static Map<UUID, List<String>> themes(Connection c, UUID id) throws SQLException {
        Map<UUID, List<String>> map = new LinkedHashMap<>();
        String sql = "SELECT interview_id, theme_key FROM interview_theme"
                + (id == null ? "" : " WHERE interview_id = ?") + " ORDER BY interview_id, position";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return map;
    }

    static Consent consent(ResultSet rs) throws SQLException {
        String method = rs.getString("method");
        return new Consent(rs.getBoolean("participation"), rs.getBoolean("audio_recording"),
                rs.getBoolean("verbatim_quotes"), rs.getBoolean("publish_pseudonym"), rs.getBoolean("share_research"),
                rs.getBoolean("recontact"), method == null ? null : ConsentMethod.fromKey(method),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class));
    }

    private static List<Segment> segments(Connection c, UUID id) throws SQLException {
        Map<Integer, List<String>> themes = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT segment_position, theme_key FROM segment_theme"
                + " WHERE interview_id = ? ORDER BY segment_position, position")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    themes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT position, start_offset, end_offset, memo, quotable"
                + " FROM segment WHERE interview_id = ? ORDER BY position")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    segments.add(new Segment(rs.getInt(2), rs.getInt(3),
                            themes.getOrDefault(rs.getInt(1), List.of()), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return segments;
    }

    private static List<Note> notes(Connection c, UUID id) throws SQLException {
        List<Note> notes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT offset_seconds, text FROM note WHERE interview_id = ? ORDER BY position")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.add(new Note(Duration.ofSeconds(rs.getLong(1)), rs.getString(2)));
                }
            }
        }
        return notes;
    }

    private static void bindRow(PreparedStatement s, Interview i) throws SQLException {
        s.setString(1, i.pseudonym());
        s.setObject(2, i.interviewedAt());
        s.setString(3, i.interviewer());
        s.setString(4, i.language());
        s.setString(5, i.place());
        s.setString(6, i.currentCity());
        s.setString(7, i.originCity());
        s.setString(8, i.profession());
        s.setString(9, i.ageBand() == null ? null : i.ageBand().key());
        s.setString(10, i.gender() == null ? null : i.gender().key());
        if (i.departure().date() == null) {
            s.setNull(11, Types.DATE);
        } else {
            s.setDate(11, Date.valueOf(i.departure().date()));
        }
        s.setString(12, i.departure().wave() == null ? null : i.departure().wave().key());
        bindTranscript(s, 13, i.transcript());
        s.setString(14, i.status().key());
        s.setObject(15, utc(i.createdAt()));
        s.setObject(16, utc(i.updatedAt()));
        s.setLong(17, i.revision());
        s.setObject(18, i.id());
    }

    /**
     * A transcript longer than H2 keeps inside the row (256 bytes of UTF-8, so certainly beyond 256
     * characters) becomes a LOB. Given as a String, H2 first encodes it to UTF-8 for an in-memory
     * CLOB, then decodes that again and re-encodes it into the LOB store; given as a stream it is
     * encoded once, straight into the LOB store. Short ones stay Strings, so they are kept in the row as before.
     */
    private static void bindTranscript(PreparedStatement s, int index, String transcript) throws SQLException {
        if (transcript.length() <= INPLACE_LOB_CHARS) {
            s.setString(index, transcript);
        } else {
            s.setCharacterStream(index, new StringReader(transcript), transcript.length());
        }
    }

    private static void bindConsent(PreparedStatement s, UUID id, Consent c) throws SQLException {
        s.setBoolean(1, c.participation());
        s.setBoolean(2, c.audioRecording());
        s.setBoolean(3, c.verbatimQuotes());
        s.setBoolean(4, c.publishUnderPseudonym());
        s.setBoolean(5, c.shareAnonymizedForResearch());
        s.setBoolean(6, c.recontact());
        s.setString(7, c.method() == null ? null : c.method().key());
        s.setObject(8, c.recordedAt());
        s.setObject(9, c.withdrawnAt());
        s.setObject(10, id);
    }

    private static void insertChildren(Connection c, Interview i) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO interview_theme (interview_id, position, theme_key) VALUES (?, ?, ?)")) {
            for (int p = 0; p < i.themes().size(); p++) {
                s.setObject(1, i.id());
                s.setInt(2, p);
                s.setString(3, i.themes().get(p));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement seg = c.prepareStatement("INSERT INTO segment (interview_id, position, start_offset,"
                + " end_offset, memo, quotable) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement theme = c.prepareStatement("INSERT INTO segment_theme (interview_id,"
                        + " segment_position, position, theme_key) VALUES (?, ?, ?, ?)")) {
            for (int p = 0; p < i.segments().size(); p++) {
                Segment segment = i.segments().get(p);
                seg.setObject(1, i.id());
                seg.setInt(2, p);
                seg.setInt(3, segment.start());
                seg.setInt(4, segment.end());
                seg.setString(5, segment.memo());
                seg.setBoolean(6, segment.quotable());
                seg.addBatch();
                for (int t = 0; t < segment.themes().size(); t++) {
                    theme.setObject(1, i.id());
                    theme.setInt(2, p);
                    theme.setInt(3, t);
                    theme.setString(4, segment.themes().get(t));
                    theme.addBatch();
                }
            }
            seg.executeBatch();
            theme.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO note (interview_id, position, offset_seconds, text) VALUES (?, ?, ?, ?)")) {
            for (int p = 0; p < i.notes().size(); p++) {
                s.setObject(1, i.id());
                s.setInt(2, p);
                s.setLong(3, i.notes().get(p).offset().getSeconds());
                s.setString(4, i.notes().get(p).text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The interview with its consent and children, inside a transaction; empty when it is not there. */
    static Optional<Interview> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE i.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    /** Whether {@code sql} (one UUID parameter) finds a row. */
    static boolean exists(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
