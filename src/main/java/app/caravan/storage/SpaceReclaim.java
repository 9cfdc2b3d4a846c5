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
    /**
     * "open" while a session runs, "recovered" while one runs that H2 had to recover (kept
     * through further crashes until a clean close), "closed" after a clean close.
     */
    static final String SESSION = "vault.session";
    /** The file's smallest size seen at an open: right after creation or the last rewrite. */
    static final String SMALLEST = "vault.fileBytesAtSmallest";
    private static final String OPEN = "open";
    private static final String RECOVERED = "recovered";
    private static final String CLOSED = "closed";

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
        boolean recovered;
        long smallest;
        try {
            file = fileBytes(connection);
            live = livePercent(connection);
            recovered = RECOVERED.equals(setting(connection, SESSION));
            smallest = parseOrZero(setting(connection, SMALLEST));
            // A clean close: the next open knows H2 did not have to recover.
            putSetting(connection, SESSION, CLOSED);
        } catch (SQLException | NumberFormatException e) {
            return "SHUTDOWN";
        }
        long free = DiskSpace.usable(directory);
        boolean room = free < 0 || free - DiskSpace.LOW > file / 100 * Math.max(live, MAX_LIVE_PERCENT) * 2;
        return room && due(file, live, recovered, smallest) ? "SHUTDOWN COMPACT" : "SHUTDOWN";
    }

    /**
     * Due when the file is big and mostly dead; or, when H2 had to recover the file after a
     * crash (its live figure is then stale: it read 90 % live on files that a rewrite shrank
     * to a fifth, so a kill-after-kill loop let the file grow to 460 MiB), when it is at least
     * twice its smallest size seen at an open.
     */
    static boolean due(long fileBytes, int livePercent, boolean recovered, long smallestBytes) {
        if (fileBytes < MIN_FILE_BYTES) {
            return false;
        }
        return livePercent <= MAX_LIVE_PERCENT || recovered && smallestBytes > 0 && fileBytes >= 2 * smallestBytes;
    }

    static boolean due(long fileBytes, int livePercent) {
        return due(fileBytes, livePercent, false, 0);
    }

    /**
     * At open: notes the file's size when it is the smallest seen (new, or just rewritten) and
     * marks the session open; a session still marked open (or recovered) at the next open ended
     * without a close, and H2 recovered the file. Returns whether that happened.
     */
    static boolean opened(Connection connection) throws SQLException {
        String last = setting(connection, SESSION);
        boolean recovered = OPEN.equals(last) || RECOVERED.equals(last);
        long file = fileBytes(connection);
        long smallest = parseOrZero(setting(connection, SMALLEST));
        if (smallest == 0 || file < smallest) {
            putSetting(connection, SMALLEST, Long.toString(file));
        }
        putSetting(connection, SESSION, recovered ? RECOVERED : OPEN);
        return recovered;
    }

    private static long parseOrZero(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void putSetting(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        }
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
