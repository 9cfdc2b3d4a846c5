package app.caravan.storage;

import app.caravan.domain.Attachment;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachment content as BLOB parts inside the encrypted database (ADR 0006). Every method is
 * one short transaction: a part is at most {@code partSize} bytes, so no call holds the vault's
 * single connection for more than a few milliseconds, whatever the size of the file.
 */
public final class AttachmentStore {
    /** 1 MiB: small enough for a short transaction and a small heap, large enough to stream fast. */
    public static final int DEFAULT_PART_SIZE = 1 << 20;

    private static final String COLUMNS =
            "id, interview_id, file_name, media_type, byte_size, sha256, part_size, added_at, complete";

    private final Vault vault;

    public AttachmentStore(Vault vault) {
        this.vault = vault;
    }

    /** An attachment row, finished or not. {@code sha256} is null until it is complete. */
    public record Entry(UUID id, UUID interviewId, String fileName, String mediaType, long size, String sha256,
            int partSize, Instant addedAt, boolean complete) {

        public Attachment attachment() {
            return new Attachment(id, interviewId, fileName, mediaType, size, sha256, addedAt);
        }

        /** How many parts hold the content. */
        public int parts() {
            return (int) ((size + partSize - 1) / partSize);
        }
    }

    /** Starts an attachment with no content yet; false when the interview does not exist. */
    public boolean begin(UUID id, UUID interviewId, String fileName, String mediaType, int partSize, Instant addedAt) {
        return vault.write("adding an attachment", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO attachment (" + COLUMNS + ")"
                    + " SELECT ?, id, ?, ?, 0, NULL, ?, ?, FALSE FROM interview WHERE id = ?")) {
                s.setObject(1, id);
                s.setString(2, fileName);
                s.setString(3, mediaType);
                s.setInt(4, partSize);
                s.setObject(5, addedAt.atOffset(ZoneOffset.UTC));
                s.setObject(6, interviewId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Appends part {@code seq} ({@code length} bytes of {@code content}) and grows the size, in
     * one transaction, so an interrupted attachment always knows how much of it arrived.
     * False when the attachment was deleted meanwhile (e.g. with its interview).
     */
    public boolean appendPart(UUID id, int seq, byte[] content, int length) {
        return vault.write("storing attachment content", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE attachment SET byte_size = byte_size + ? WHERE id = ? AND NOT complete")) {
                s.setLong(1, length);
                s.setObject(2, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            PartRows.ATTACHMENT.insert(c, id, seq, content, length);
            return true;
        });
    }

    /** Overwrites part {@code seq} with {@code length} bytes (the same length it had). */
    public boolean replacePart(UUID id, int seq, byte[] content, int length) {
        return vault.write("storing attachment content", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE attachment_part SET content = ? WHERE attachment_id = ? AND seq = ?")) {
                s.setBinaryStream(1, new ByteArrayInputStream(content, 0, length), length);
                s.setObject(2, id);
                s.setInt(3, seq);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Marks the attachment complete with its digest; empty when it is gone. */
    public Optional<Entry> finish(UUID id, String sha256) {
        return vault.write("finishing an attachment", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE attachment SET sha256 = ?, complete = TRUE WHERE id = ?")) {
                s.setString(1, sha256);
                s.setObject(2, id);
                if (s.executeUpdate() != 1) {
                    return Optional.<Entry>empty();
                }
            }
            return find(c, id);
        });
    }

    /**
     * Copies part {@code seq} into {@code buffer} (at least {@code partSize} long) and returns
     * its length, or -1 when there is no such part. The BLOB is streamed, never materialized
     * as one array by H2.
     */
    public int readPart(UUID id, int seq, byte[] buffer) {
        return vault.read("reading attachment content", c -> PartRows.ATTACHMENT.read(c, id, seq, buffer));
    }

    public Optional<Entry> find(UUID id) {
        return vault.read("reading an attachment", c -> find(c, id));
    }

    /** The complete attachments of an interview, oldest first. */
    public List<Attachment> list(UUID interviewId) {
        return vault.read("listing attachments", c -> {
            List<Attachment> out = new ArrayList<>();
            for (Entry e : query(c, " WHERE interview_id = ? AND complete ORDER BY added_at, id", interviewId)) {
                out.add(e.attachment());
            }
            return out;
        });
    }

    /** Attachments whose writing was interrupted (a crash, a kill, a pulled plug). */
    public List<Entry> incomplete() {
        return vault.read("listing interrupted attachments", c -> query(c, " WHERE NOT complete ORDER BY added_at", null));
    }

    public boolean delete(UUID id) {
        return vault.write("deleting an attachment", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM attachment WHERE id = ?")) {
                s.setObject(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static Optional<Entry> find(Connection c, UUID id) throws SQLException {
        List<Entry> found = query(c, " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Entry> query(Connection c, String where, UUID parameter) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment" + where)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getInt(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getBoolean(9)));
                }
            }
        }
        return out;
    }
}
