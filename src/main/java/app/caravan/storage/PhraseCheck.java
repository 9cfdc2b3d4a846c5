package app.caravan.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Confirms a query's phrases on a document's stored word sequence (see {@link TermSequence}). */
final class PhraseCheck implements AutoCloseable {
    private final List<int[][]> phrases;
    private final PreparedStatement select;

    PhraseCheck(Connection c, List<int[][]> phrases) throws SQLException {
        this.phrases = List.copyOf(phrases);
        this.select = phrases.isEmpty() ? null : c.prepareStatement(SearchIndexRows.SELECT_SEQUENCE);
    }

    boolean none() {
        return phrases.isEmpty();
    }

    /** True when every phrase occurs in document {@code doc} (always, without phrases). */
    boolean holds(int doc) throws SQLException {
        if (phrases.isEmpty()) {
            return true;
        }
        int[] sequence = SearchIndexRows.sequence(select, doc);
        for (int[][] phrase : phrases) {
            if (!TermSequence.containsPhrase(sequence, phrase)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        if (select != null) {
            select.close();
        }
    }
}
