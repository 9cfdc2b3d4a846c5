package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the search index tables (V6): terms and documents; the postings are {@link PostingRows} (V14). */
final class SearchIndexRows {
    private static final int IN_CHUNK = 1000;
    private static final int INSERT_ROWS = 256;

    private SearchIndexRows() {
    }

    static int partitions(Connection c) throws SQLException {
        return PostingRows.partitionOf(maxDoc(c)) + 1;
    }

    /** The highest document number; 0 when there is none. */
    static int maxDoc(Connection c) throws SQLException {
        return maxInt(c, "SELECT COALESCE(MAX(doc), 0) FROM search_doc");
    }

    /** The highest term id; 0 when there is none. */
    static int maxTermId(Connection c) throws SQLException {
        return maxInt(c, "SELECT COALESCE(MAX(term_id), 0) FROM search_term");
    }

    /** Ids of the given terms, adding the ones the dictionary does not have yet. */
    static Map<String, Integer> termIds(Connection c, List<String> terms) throws SQLException {
        Map<String, Integer> known = lookup(c, terms);
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            if (!known.containsKey(term)) {
                missing.add(term);
            }
        }
        if (!missing.isEmpty()) {
            int next = maxTermId(c) + 1;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_term (term_id, term) VALUES (?, ?)")) {
                for (String term : missing) {
                    s.setInt(1, next);
                    s.setString(2, term);
                    s.addBatch();
                    known.put(term, next++);
                }
                s.executeBatch();
            }
        }
        return known;
    }

    /**
     * Adds {@code terms} with the ids {@code firstId}, {@code firstId + 1}, …, in term order and
     * {@value #INSERT_ROWS} rows per statement: a bulk import's new words would otherwise cost one
     * statement each and land on random leaves of the unique index on term (ADR 0008, "Bulk writes").
     */
    static void insertTerms(Connection c, int firstId, List<String> terms) throws SQLException {
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> terms.get(a).compareTo(terms.get(b)));
        int full = order.length / INSERT_ROWS * INSERT_ROWS;
        if (full > 0) {
            try (PreparedStatement s = c.prepareStatement(insertTerms(INSERT_ROWS))) {
                for (int from = 0; from < full; from += INSERT_ROWS) {
                    bindTerms(s, order, from, INSERT_ROWS, firstId, terms);
                    s.executeUpdate();
                }
            }
        }
        if (full < order.length) {
            try (PreparedStatement s = c.prepareStatement(insertTerms(order.length - full))) {
                bindTerms(s, order, full, order.length - full, firstId, terms);
                s.executeUpdate();
            }
        }
    }

    private static String insertTerms(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO search_term (term_id, term) VALUES (?, ?)");
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?)");
        }
        return sql.toString();
    }

    private static void bindTerms(PreparedStatement s, Integer[] order, int from, int rows, int firstId,
            List<String> terms) throws SQLException {
        for (int i = 0; i < rows; i++) {
            int k = order[from + i];
            s.setInt(2 * i + 1, firstId + k);
            s.setString(2 * i + 2, terms.get(k));
        }
    }

    /** Term → id for those of {@code terms} in the dictionary. */
    static Map<String, Integer> lookup(Connection c, List<String> terms) throws SQLException {
        Map<String, Integer> known = new HashMap<>(terms.size() * 2);
        // A join with UNNEST uses the index on term; "term = ANY(?)" would scan the whole dictionary.
        try (PreparedStatement s = c.prepareStatement("SELECT t.term, t.term_id FROM UNNEST(CAST(? AS VARCHAR ARRAY)) u(x)"
                + " JOIN search_term t ON t.term = u.x")) {
            for (int from = 0; from < terms.size(); from += IN_CHUNK) {
                List<String> chunk = terms.subList(from, Math.min(terms.size(), from + IN_CHUNK));
                s.setObject(1, chunk.toArray(String[]::new));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        return known;
    }

    /** Ids of the terms starting with {@code prefix} (the index range of LIKE 'prefix%'). */
    static int[] prefixIds(Connection c, String prefix) throws SQLException {
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT term_id FROM search_term WHERE term >= ? AND term < ?")) {
            s.setString(1, prefix);
            s.setString(2, upper);
            return ints(s);
        }
    }

    /** The document row of an interview: its number, term sequence and sort key. */
    record Doc(int doc, byte[] sequence, long sortKey) {
        int[] termIds() {
            return TermSequence.distinct(sequence);
        }
    }

    static Optional<Doc> doc(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT doc, sequence, sort_key FROM search_doc WHERE interview_id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Doc(rs.getInt(1), rs.getBytes(2), rs.getLong(3))) : Optional.empty();
            }
        }
    }

    /** The term sequence of document {@code doc}, decoded; empty when there is no such document. */
    static int[] sequence(PreparedStatement select, int doc) throws SQLException {
        select.setInt(1, doc);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? TermSequence.decode(rs.getBytes(1)) : new int[0];
        }
    }

    static final String SELECT_SEQUENCE = "SELECT sequence FROM search_doc WHERE doc = ?";

    static int insertDoc(Connection c, UUID interviewId, long sortKey, byte[] sequence) throws SQLException {
        int doc = maxDoc(c) + 1;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO search_doc (doc, interview_id, sort_key, sequence) VALUES (?, ?, ?, ?)")) {
            s.setInt(1, doc);
            s.setObject(2, interviewId);
            s.setLong(3, sortKey);
            s.setBytes(4, sequence);
            s.executeUpdate();
        }
        return doc;
    }

    static void updateDoc(Connection c, int doc, long sortKey, byte[] sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE search_doc SET sort_key = ?, sequence = ? WHERE doc = ?")) {
            s.setLong(1, sortKey);
            s.setBytes(2, sequence);
            s.setInt(3, doc);
            s.executeUpdate();
        }
    }

    static void redateDoc(Connection c, int doc, long sortKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE search_doc SET sort_key = ? WHERE doc = ?")) {
            s.setLong(1, sortKey);
            s.setInt(2, doc);
            s.executeUpdate();
        }
    }

    static void deleteDoc(Connection c, int doc) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM search_doc WHERE doc = ?")) {
            s.setInt(1, doc);
            s.executeUpdate();
        }
    }

    /** Every document: number, interview and sort key. */
    static void allDocs(Connection c, DocVisitor visitor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT doc, interview_id, sort_key FROM search_doc");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                visitor.visit(rs.getInt(1), rs.getObject(2, UUID.class), rs.getLong(3));
            }
        }
    }

    interface DocVisitor {
        void visit(int doc, UUID interviewId, long sortKey);
    }

    /** Interviews that have no document yet (all of them in a vault from before V6). */
    static List<UUID> unindexed(Connection c) throws SQLException {
        // Both counts are kept by H2, so the usual case (nothing missing) costs no join.
        if (count(c, "SELECT COUNT(*) FROM interview") == count(c, COUNT_DOCS)) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.id FROM interview i WHERE NOT EXISTS"
                + " (SELECT 1 FROM search_doc d WHERE d.interview_id = i.id) ORDER BY i.id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
        }
        return out;
    }

    static final String COUNT_DOCS = "SELECT COUNT(*) FROM search_doc";
    static final String COUNT_TERMS = "SELECT COUNT(*) FROM search_term";

    /** The result of one of the COUNT_ queries. */
    static long count(Connection c, String countQuery) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(countQuery); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int maxInt(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int[] ints(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            List<Integer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
