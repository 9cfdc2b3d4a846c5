package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema 14 (ADR 0008, "packed postings"): the postings of V6, one {@code search_posting} row
 * per term and document, become one {@code search_block} row per term and partition of 4,096
 * documents. Written in Java because the blocks are encoded ({@link PostingBlock}); the old
 * keys already sort by block ({@code posting >>> 12} is the block key), so one pass in key
 * order converts them without re-reading any text, and answers stay the same.
 *
 * <p>Idempotent: H2 commits DDL at once, so a run that dies half-way is simply run again;
 * the blocks and the drop of the old table commit together.
 */
final class PackedPostingsMigration implements JavaMigration {
    /** Old posting keys read per query: small enough that H2 keeps the result in memory, not in a temp file. */
    private static final int PAGE = 16_384;
    private static final int WRITE = 4_096;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "packed search postings";
    }

    @Override
    public Integer getChecksum() {
        return 14;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // docs: a PostingBlock, at most 512 bytes (a bitmap of 4,096 documents)
            s.execute("CREATE TABLE IF NOT EXISTS search_block (block BIGINT PRIMARY KEY,"
                    + " docs VARBINARY(" + PostingBlock.BITMAP_BYTES + ") NOT NULL)");
            if (!oldTableExists(c)) {
                return;
            }
            s.execute("DELETE FROM search_block");
            convert(c);
            s.execute("DROP TABLE search_posting");
        }
    }

    private static boolean oldTableExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SEARCH_POSTING'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** Reads the old keys in order, a page at a time, and writes each run of one block as one row. */
    private static void convert(Connection c) throws SQLException {
        long[] keys = new long[WRITE];
        byte[][] blocks = new byte[WRITE][];
        int held = 0;
        int[] lows = new int[PostingRows.PARTITION_SIZE];
        int count = 0;
        long current = -1;
        long after = -1;
        try (PreparedStatement page = c.prepareStatement(
                "SELECT posting FROM search_posting WHERE posting > ? ORDER BY posting LIMIT " + PAGE)) {
            while (true) {
                page.setLong(1, after);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        long posting = rs.getLong(1);
                        after = posting;
                        rows++;
                        long block = posting >>> PostingRows.PARTITION_BITS;
                        if (block != current && count > 0) {
                            keys[held] = current;
                            blocks[held++] = PostingBlock.encode(lows, 0, count);
                            count = 0;
                            if (held == WRITE) {
                                PostingRows.insert(c, keys, blocks);
                                held = 0;
                            }
                        }
                        current = block;
                        lows[count++] = (int) (posting & (PostingRows.PARTITION_SIZE - 1));
                    }
                }
                if (rows == 0) {
                    break;
                }
            }
        }
        if (count > 0) {
            keys[held] = current;
            blocks[held++] = PostingBlock.encode(lows, 0, count);
        }
        PostingRows.insert(c, Arrays.copyOf(keys, held), Arrays.copyOf(blocks, held));
    }
}
