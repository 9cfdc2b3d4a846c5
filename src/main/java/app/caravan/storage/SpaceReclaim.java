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
    /** The file's size at the last open that followed a clean close (or the vault's creation). */
    static final String BASELINE = "vault.fileBytesAfterCleanClose";
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
        long baseline;
        try {
            file = fileBytes(connection);
            live = livePercent(connection);
            recovered = RECOVERED.equals(SettingsStore.get(connection, SESSION).orElse(null));
            baseline = parseOrZero(SettingsStore.get(connection, BASELINE).orElse(null));
            // A clean close: the next open knows H2 did not have to recover.
            SettingsStore.put(connection, SESSION, CLOSED);
        } catch (SQLException | NumberFormatException e) {
            return "SHUTDOWN";
        }
        long free = DiskSpace.usable(directory);
        boolean room = free < 0 || free - DiskSpace.LOW > file / 100 * Math.max(live, MAX_LIVE_PERCENT) * 2;
        return room && due(file, live, recovered, baseline) ? "SHUTDOWN COMPACT" : "SHUTDOWN";
    }

    /**
     * Due when the file is big and mostly dead; or, when H2 had to recover the file after a
     * crash (its live figure is then stale: it read 90 % live on files that a rewrite shrank
     * to a fifth, so a kill-after-kill loop let the file grow to 460 MiB), when it is at least
     * twice the size the last clean close left.
     */
    static boolean due(long fileBytes, int livePercent, boolean recovered, long baselineBytes) {
        if (fileBytes < MIN_FILE_BYTES) {
            return false;
        }
        return livePercent <= MAX_LIVE_PERCENT || recovered && baselineBytes > 0 && fileBytes >= 2 * baselineBytes;
    }

    static boolean due(long fileBytes, int livePercent) {
        return due(fileBytes, livePercent, false, 0);
    }

    /**
     * At open: notes the file's size when the last session closed cleanly (the baseline a
     * crashed file's growth is measured from) and marks the session open; a session still marked open (or recovered) at the next open ended
     * without a close, and H2 recovered the file. Returns whether that happened.
     */
    static boolean opened(Connection connection) throws SQLException {
        String last = SettingsStore.get(connection, SESSION).orElse(null);
        boolean recovered = OPEN.equals(last) || RECOVERED.equals(last);
        long file = fileBytes(connection);
        if (!recovered) {
            // What a clean close left (rewritten or not): after crashes, growth is measured from here.
            SettingsStore.put(connection, BASELINE, Long.toString(file));
        }
        SettingsStore.put(connection, SESSION, recovered ? RECOVERED : OPEN);
        return recovered;
    }

    private static long parseOrZero(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
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
