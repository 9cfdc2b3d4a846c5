package app.caravan.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The search documents in memory: doc number ↔ interview id, and each doc's rank in the
 * library order (newest interview first). Loaded once and again only after a write changed
 * the index, so ordering and `within` filtering cost no database work per query.
 */
final class DocTable {
    private final UUID[] idByDoc;
    private final int[] rankByDoc;
    private final int[] docByRank;
    private final Map<UUID, Integer> docById;

    private DocTable(UUID[] idByDoc, int[] rankByDoc, int[] docByRank, Map<UUID, Integer> docById) {
        this.idByDoc = idByDoc;
        this.rankByDoc = rankByDoc;
        this.docByRank = docByRank;
        this.docById = docById;
    }

    static DocTable load(Connection c) throws SQLException {
        record Row(int doc, UUID id, long sortKey) {
        }
        List<Row> rows = new ArrayList<>();
        SearchIndexRows.allDocs(c, (doc, id, sortKey) -> rows.add(new Row(doc, id, sortKey)));
        rows.sort(Comparator.comparingLong(Row::sortKey).reversed().thenComparing(Row::id));
        int maxDoc = rows.stream().mapToInt(Row::doc).max().orElse(0);
        UUID[] idByDoc = new UUID[maxDoc + 1];
        int[] rankByDoc = new int[maxDoc + 1];
        int[] docByRank = new int[rows.size()];
        Map<UUID, Integer> docById = new HashMap<>(rows.size() * 2);
        for (int rank = 0; rank < rows.size(); rank++) {
            Row row = rows.get(rank);
            idByDoc[row.doc()] = row.id();
            rankByDoc[row.doc()] = rank;
            docByRank[rank] = row.doc();
            docById.put(row.id(), row.doc());
        }
        return new DocTable(idByDoc, rankByDoc, docByRank, docById);
    }

    int size() {
        return docByRank.length;
    }

    /** The doc numbers of those interviews that are indexed, ascending. */
    int[] docsOf(Set<UUID> ids) {
        int[] out = new int[ids.size()];
        int n = 0;
        for (UUID id : ids) {
            Integer doc = docById.get(id);
            if (doc != null) {
                out[n++] = doc;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** The interviews of {@code docs}. */
    List<UUID> ids(List<Integer> docs) {
        List<UUID> out = new ArrayList<>(docs.size());
        for (int doc : docs) {
            out.add(idByDoc[doc]);
        }
        return out;
    }

    /** All documents, or those of {@code docs} (any order) when not null, newest interview first. */
    int[] newestFirstOf(int[] docs) {
        if (docs == null) {
            return docByRank.clone();
        }
        return newestFirst(docs).stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code docs} ordered newest interview first. */
    List<Integer> newestFirst(int[] docs) {
        int[] ranks = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ranks[i] = rankByDoc[docs[i]];
        }
        Arrays.sort(ranks);
        List<Integer> out = new ArrayList<>(ranks.length);
        for (int rank : ranks) {
            out.add(docByRank[rank]);
        }
        return out;
    }
}
