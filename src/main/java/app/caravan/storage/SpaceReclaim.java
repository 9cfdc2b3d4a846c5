package app.caravan.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the vault database is closed. The vault never reuses space inside its file (every commit
 * is appended, so a crash can always find it: ADR 0020), so the file grows with every save;
 * when most of it is dead, closing rewrites the live data into a new file ({@code SHUTDOWN
 * COMPACT}: H2 writes {@code caravan.mv.db.tempFile} with the same key and renames it over
 * the database, so a crash leaves either the old file or the new one, both complete).
 */
final class SpaceReclaim {
    /** Below this the whole file is small enough that reclaiming it is not worth a rewrite. */
    static final long MIN_FILE_BYTES = 8L << 20;
    /** Rewrite when live data is at most this share of the file (so the file stays within about twice its data). */
    static final int MAX_LIVE_PERCENT = 50;

    private SpaceReclaim() {
    }

    /**
     * {@code SHUTDOWN COMPACT} when the file is big and mostly dead and the disk has room for
     * the copy of its live data (with room to spare), else {@code SHUTDOWN}, which is also the
     * answer when H2 cannot tell (the close must still happen).
     */
    static String shutdownCommand(Connection connection, Path directory) {
        long file;
        int live;
        try {
            file = fileBytes(connection);
            live = livePercent(connection);
        } catch (SQLException | NumberFormatException e) {
            return "SHUTDOWN";
        }
        long free = DiskSpace.usable(directory);
        boolean room = free < 0 || free - DiskSpace.LOW > file / 100 * live * 2;
        return room && due(file, live) ? "SHUTDOWN COMPACT" : "SHUTDOWN";
    }

    static boolean due(long fileBytes, int livePercent) {
        return fileBytes >= MIN_FILE_BYTES && livePercent <= MAX_LIVE_PERCENT;
    }

    static long fileBytes(Connection connection) throws SQLException {
        return Long.parseLong(info(connection, "info.FILE_SIZE"));
    }

    /**
     * The share of the file that holds live data: H2's FILL_RATE is the share of blocks taken
     * by chunks, CHUNKS_FILL_RATE the share of those chunks' bytes that are still live.
     */
    static int livePercent(Connection connection) throws SQLException {
        int blocks = Integer.parseInt(info(connection, "info.FILL_RATE"));
        int chunks = Integer.parseInt(info(connection, "info.CHUNKS_FILL_RATE"));
        return blocks * chunks / 100;
    }

    private static String info(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("H2 does not report " + name);
                }
                return rs.getString(1);
            }
        }
    }
}
