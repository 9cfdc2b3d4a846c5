package app.caravan.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Content kept as numbered BLOB parts (attachments, sealed bundles in the outbox): one part in,
 * one part out, each streamed so H2 never materializes a whole BLOB as one array. The tables
 * are this package's own constants, never input.
 */
enum PartRows {
    ATTACHMENT("attachment_part", "attachment_id"),
    OUTBOX("outbox_part", "bundle_id");

    private final String insert;
    private final String select;

    PartRows(String table, String owner) {
        this.insert = "INSERT INTO " + table + " (" + owner + ", seq, content) VALUES (?, ?, ?)";
        this.select = "SELECT content FROM " + table + " WHERE " + owner + " = ? AND seq = ?";
    }

    void insert(Connection c, UUID owner, int seq, byte[] content, int length) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setObject(1, owner);
            s.setInt(2, seq);
            s.setBinaryStream(3, new ByteArrayInputStream(content, 0, length), length);
            s.executeUpdate();
        }
    }

    /** Copies part {@code seq} into {@code buffer}; its length, or -1 when there is no such part. */
    int read(Connection c, UUID owner, int seq, byte[] buffer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select)) {
            s.setObject(1, owner);
            s.setInt(2, seq);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    return in.readNBytes(buffer, 0, buffer.length);
                } catch (IOException e) {
                    throw new SQLException("reading part " + seq + " of " + owner + " failed", e);
                }
            }
        }
    }
}
