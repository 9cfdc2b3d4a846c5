package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL of the packed postings (V14, ADR 0008): one {@code search_block} row per term and
 * partition of {@value #PARTITION_SIZE} documents, keyed {@code partition · 2^31 + term_id} (H2's row key
 * itself, no second index), holding the term's documents of that partition as a
 * {@link PostingBlock}. New documents only touch the newest partition; a term's documents are
 * one point look-up per partition.
 */
final class PostingRows {
    /** Documents per partition: 2^{@value}. */
    static final int PARTITION_BITS = 12;
    static final int PARTITION_SIZE = 1 << PARTITION_BITS;
    private static final int PARTITION_SHIFT = 31;
    private static final int IN_CHUNK = 1000;
    /** Rows per bulk INSERT statement. */
    private static final int INSERT_CHUNK = 4_096;
    private static final String READ = "SELECT b.block, b.docs FROM UNNEST(CAST(? AS BIGINT ARRAY)) u(x)"
            + " JOIN search_block b ON b.block = u.x";
    static final String INSERT = "INSERT INTO search_block (block, docs)"
            + " SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARBINARY ARRAY))";

    private PostingRows() {
    }

    static long block(int termId, int partition) {
        return ((long) partition << PARTITION_SHIFT) | termId;
    }

    static int partition(long block) {
        return (int) (block >>> PARTITION_SHIFT);
    }

    static int termId(long block) {
        return (int) (block & Integer.MAX_VALUE);
    }

    static int partitionOf(int doc) {
        return doc >>> PARTITION_BITS;
    }

    /** Those of the blocks {@code keys} that exist. */
    static Map<Long, byte[]> read(Connection c, long[] keys) throws SQLException {
        Map<Long, byte[]> out = new HashMap<>(keys.length * 2);
        if (keys.length == 0) {
            return out;
        }
        // A join with UNNEST uses the primary key; "block = ANY(?)" would scan the table.
        try (PreparedStatement s = c.prepareStatement(READ)) {
            for (int from = 0; from < keys.length; from += IN_CHUNK) {
                int to = Math.min(keys.length, from + IN_CHUNK);
                Long[] chunk = new Long[to - from];
                for (int i = from; i < to; i++) {
                    chunk[i - from] = keys[i];
                }
                s.setObject(1, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getBytes(2));
                    }
                }
            }
        }
        return out;
    }

    /** Documents containing term {@code termId}, ascending, at most {@code limit}. */
    static int[] docs(Connection c, int termId, int partitions, int limit) throws SQLException {
        long[] keys = new long[partitions];
        for (int p = 0; p < partitions; p++) {
            keys[p] = block(termId, p);
        }
        Map<Long, byte[]> blocks = read(c, keys);
        int[] out = new int[256];
        int n = 0;
        for (int p = 0; p < partitions && n < limit; p++) {
            byte[] block = blocks.get(keys[p]);
            if (block == null) {
                continue;
            }
            for (int low : PostingBlock.decode(block)) {
                if (n == limit) {
                    break;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (p << PARTITION_BITS) | low;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Those of {@code candidates} (ascending docs) that contain any of {@code termIds}; ascending. */
    static int[] having(Connection c, int[] candidates, int[] termIds) throws SQLException {
        if (candidates.length == 0) {
            return candidates;
        }
        int[] partitions = Arrays.stream(candidates).map(PostingRows::partitionOf).distinct().toArray();
        long[] keys = new long[partitions.length * termIds.length];
        int k = 0;
        for (int termId : termIds) {
            for (int p : partitions) {
                keys[k++] = block(termId, p);
            }
        }
        BitSet present = new BitSet();
        for (Map.Entry<Long, byte[]> e : read(c, keys).entrySet()) {
            int base = partition(e.getKey()) << PARTITION_BITS;
            for (int low : PostingBlock.decode(e.getValue())) {
                present.set(base | low);
            }
        }
        return Arrays.stream(candidates).filter(present::get).toArray();
    }

    /** Adds document {@code doc} to the blocks of {@code termIds}: one read and one write per block. */
    static void insertPostings(Connection c, int doc, int[] termIds) throws SQLException {
        if (termIds.length == 0) {
            return;
        }
        long[] keys = keys(termIds, partitionOf(doc));
        Map<Long, byte[]> existing = read(c, keys);
        List<Long> fresh = new ArrayList<>();
        List<byte[]> freshBlocks = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE search_block SET docs = ? WHERE block = ?")) {
            for (long key : keys) {
                byte[] block = existing.get(key);
                if (block == null) {
                    fresh.add(key);
                    freshBlocks.add(PostingBlock.encode(new int[] {doc & (PARTITION_SIZE - 1)}));
                } else {
                    update.setBytes(1, PostingBlock.with(block, doc));
                    update.setLong(2, key);
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        insert(c, fresh.stream().mapToLong(Long::longValue).toArray(), freshBlocks.toArray(byte[][]::new));
    }

    /**
     * Removes document {@code doc} from the blocks of {@code termIds}, deletes blocks left empty,
     * and then every one of those terms that no document contains any more; returns the ids of
     * the terms deleted.
     */
    static int[] deletePostings(Connection c, int doc, int[] termIds, int partitions) throws SQLException {
        if (termIds.length == 0) {
            return termIds;
        }
        int partition = partitionOf(doc);
        long[] keys = keys(termIds, partition);
        Map<Long, byte[]> existing = read(c, keys);
        List<Integer> emptied = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE search_block SET docs = ? WHERE block = ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM search_block WHERE block = ?")) {
            for (long key : keys) {
                byte[] block = existing.get(key);
                if (block == null) {
                    continue;
                }
                byte[] rest = PostingBlock.without(block, doc);
                if (rest == null) {
                    delete.setLong(1, key);
                    delete.addBatch();
                    emptied.add(termId(key));
                } else if (rest != block) {
                    update.setBytes(1, rest);
                    update.setLong(2, key);
                    update.addBatch();
                }
            }
            update.executeBatch();
            delete.executeBatch();
        }
        // A term nobody uses would still tell what a deleted or purged interview said.
        long[] elsewhere = new long[emptied.size() * Math.max(0, partitions - 1)];
        int k = 0;
        for (int termId : emptied) {
            for (int p = 0; p < partitions; p++) {
                if (p != partition) {
                    elsewhere[k++] = block(termId, p);
                }
            }
        }
        BitSet used = new BitSet();
        for (long key : read(c, Arrays.copyOf(elsewhere, k)).keySet()) {
            used.set(termId(key));
        }
        int[] deleted = emptied.stream().mapToInt(Integer::intValue).filter(t -> !used.get(t)).toArray();
        try (PreparedStatement s = c.prepareStatement("DELETE FROM search_term WHERE term_id = ?")) {
            for (int termId : deleted) {
                s.setInt(1, termId);
                s.addBatch();
            }
            s.executeBatch();
        }
        return deleted;
    }

    private static long[] keys(int[] termIds, int partition) {
        long[] keys = new long[termIds.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = block(termIds[i], partition);
        }
        return keys;
    }

    /** Inserts new blocks (none of them may exist yet), ideally in key order. */
    static void insert(Connection c, long[] keys, byte[][] blocks) throws SQLException {
        if (keys.length == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (int from = 0; from < keys.length; from += INSERT_CHUNK) {
                int to = Math.min(keys.length, from + INSERT_CHUNK);
                Long[] chunk = new Long[to - from];
                for (int i = from; i < to; i++) {
                    chunk[i - from] = keys[i];
                }
                s.setObject(1, chunk);
                s.setObject(2, Arrays.copyOfRange(blocks, from, to));
                s.executeUpdate();
            }
        }
    }

    /** Replaces existing blocks. */
    static void update(Connection c, long[] keys, byte[][] blocks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE search_block SET docs = ? WHERE block = ?")) {
            for (int i = 0; i < keys.length; i++) {
                s.setBytes(1, blocks[i]);
                s.setLong(2, keys[i]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The number of (term, document) postings, read a page of blocks at a time. */
    static long count(Connection c) throws SQLException {
        long total = 0;
        long after = -1;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT block, docs FROM search_block WHERE block > ? ORDER BY block LIMIT 10000")) {
            while (true) {
                s.setLong(1, after);
                int rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        total += PostingBlock.count(rs.getBytes(2));
                        rows++;
                    }
                }
                if (rows == 0) {
                    return total;
                }
            }
        }
    }
}
