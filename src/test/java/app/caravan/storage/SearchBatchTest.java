package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path of the search index (SearchBatch): one transaction of many changes writes
 * exactly the rows that the same changes make one transaction at a time, including changes to
 * interviews of the batch itself and a word whose last interview goes and comes back; and a
 * batch that fails late leaves every index table as it was.
 */
class SearchBatchTest {
    /** Postings held before a batch writes them anyway: tiny, so a batch of 40 writes several times. */
    static final int SMALL_BATCH = 50;
    static final List<String> TABLES = List.of(
            "SELECT term_id, term FROM search_term ORDER BY term_id",
            "SELECT doc, interview_id, sort_key, sequence FROM search_doc ORDER BY doc",
            "SELECT block, docs FROM search_block ORDER BY block",
            "SELECT id, revision FROM interview ORDER BY id");

    @TempDir
    Path temp;
    final List<Vault> vaults = new ArrayList<>();

    @AfterEach
    void close() {
        vaults.forEach(Vault::close);
    }

    /** A vault with the search index as its only listener. */
    record Indexed(Vault vault, InterviewEvents events, SearchIndex index, InterviewStore store) {
    }

    Indexed vault(String name) throws VaultException {
        Vault vault = Vault.create(temp.resolve(name), Fixtures.passphrase(), Fixtures.FAST_KDF);
        vaults.add(vault);
        InterviewEvents events = new InterviewEvents();
        SearchIndex index = new SearchIndex(vault, SearchIndex.DEFAULT_TUNING, SMALL_BATCH);
        events.add(index);
        return new Indexed(vault, events, index, new InterviewStore(vault, events));
    }

    static Interview interview(int n, String text) {
        return Interview.builder(new UUID(7, n), "P" + n, OffsetDateTime.parse("2021-03-01T10:00:00+03:00").plusHours(n))
                .consent(Consent.NONE.withParticipation(true)).transcript(text).build();
    }

    static String text(int n) {
        return "Ташкент common слово " + (n % 3 == 0 ? "тройка " : "") + "word" + n + " shared" + (n % 5)
                + (n == 4 ? " onlyfour" : "");
    }

    /** The changes both ways make: new interviews, then changes to some of them, then more new ones. */
    interface Change {
        void apply(Connection c, InterviewEvents events) throws SQLException;
    }

    static List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            Interview i = interview(n, text(n));
            out.add((c, events) -> imported(c, events, i));
        }
        // interview 4 is the only one with "onlyfour": deleting it deletes the term, which comes back below
        out.add((c, events) -> deleted(c, events, interview(4, text(4))));
        out.add((c, events) -> updated(c, events, interview(7, text(7)), interview(7, "rewritten тройка onlyseven")));
        out.add((c, events) -> updated(c, events, interview(8, text(8)), interview(8, text(8))
                .toBuilder().interviewedAt(OffsetDateTime.parse("2019-01-01T00:00:00Z")).build()));
        for (int n = 30; n < 40; n++) {
            Interview i = interview(n, text(n) + " onlyfour");
            out.add((c, events) -> imported(c, events, i));
        }
        return out;
    }

    static void imported(Connection c, InterviewEvents events, Interview i) throws SQLException {
        InterviewRows.insertRow(c, i);
        events.changed(c, new InterviewChange(i.id(), InterviewChange.Kind.IMPORTED, null, i, "test", Instant.EPOCH));
    }

    static void deleted(Connection c, InterviewEvents events, Interview i) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM interview WHERE id = ?")) {
            s.setObject(1, i.id());
            assertEquals(1, s.executeUpdate());
        }
        events.changed(c, new InterviewChange(i.id(), InterviewChange.Kind.DELETED, i, null, "test", Instant.EPOCH));
    }

    static void updated(Connection c, InterviewEvents events, Interview before, Interview after) throws SQLException {
        assertTrue(InterviewRows.updateRow(c, after, before.revision()));
        events.changed(c, new InterviewChange(after.id(), InterviewChange.Kind.UPDATED, before, after, "test",
                Instant.EPOCH));
    }

    /** Every row of the index tables (and the interviews), as text. */
    static List<String> rows(Vault vault) {
        return vault.read("reading the index tables", c -> {
            List<String> out = new ArrayList<>();
            for (String query : TABLES) {
                out.add(query);
                try (PreparedStatement s = c.prepareStatement(query); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                            Object value = rs.getObject(col);
                            row.append(value instanceof byte[] b ? HexFormat.of().formatHex(b) : value).append('|');
                        }
                        out.add(row.toString());
                    }
                }
            }
            return out;
        });
    }

    static List<UUID> find(SearchIndex index, String word) {
        return index.find(SearchIndexTest.words(word), null, 100).ids();
    }

    @Test
    void aBatchWritesTheSameRowsAsOneChangeAtATime() throws Exception {
        Indexed single = vault("single");
        for (Change change : changes()) {
            single.vault().write("one change", c -> {
                change.apply(c, single.events());
                return null;
            });
        }
        Indexed bulk = vault("bulk");
        bulk.vault().write("one batch", c -> bulk.events().batch(c, x -> {
            for (Change change : changes()) {
                change.apply(x, bulk.events());
            }
            return null;
        }));

        List<String> expected = rows(single.vault());
        assertTrue(expected.size() > 200, "the comparison must cover real rows: " + expected.size());
        assertEquals(expected, rows(bulk.vault()));
        assertEquals(10, find(bulk.index(), "onlyfour").size());
        assertFalse(find(bulk.index(), "onlyfour").contains(new UUID(7, 4)));
        assertEquals(List.of(new UUID(7, 7)), find(bulk.index(), "onlyseven"));
        assertEquals(38, find(bulk.index(), "common").size());
    }

    @Test
    void anImportIsOneBatchWithTheSameRows() throws Exception {
        List<app.caravan.domain.IdentifiedInterview> interviews = new ArrayList<>();
        Indexed single = vault("single");
        for (int n = 0; n < 40; n++) {
            Interview i = interview(n, text(n));
            single.store().insert(i);
            interviews.add(new app.caravan.domain.IdentifiedInterview(i, app.caravan.domain.Identity.EMPTY));
        }
        Indexed bulk = vault("bulk");
        assertEquals(List.of(), bulk.store().importAll(List.of(), List.of(), List.of(), interviews));
        assertEquals(rows(single.vault()), rows(bulk.vault()));
    }

    @Test
    void aBatchThatFailsLateLeavesEveryIndexTableAsItWas() throws Exception {
        Indexed indexed = vault("v");
        for (int n = 0; n < 5; n++) {
            indexed.store().insert(interview(n, text(n)));
        }
        List<String> before = rows(indexed.vault());
        List<UUID> beforeHits = find(indexed.index(), "common");

        // 35 new interviews (held back and written several times on the way), one changed, then a bad entry
        StorageException failed = assertThrows(StorageException.class, () -> indexed.vault().write("a failing batch",
                c -> indexed.events().batch(c, x -> {
                    for (int n = 5; n < 40; n++) {
                        imported(x, indexed.events(), interview(n, text(n) + " neverseen"));
                    }
                    updated(x, indexed.events(), interview(2, text(2)), interview(2, "changed neverseen"));
                    throw new SQLException("bad entry 41 of 41");
                })));
        assertTrue(failed.getMessage().contains("a failing batch"), failed.getMessage());

        assertEquals(before, rows(indexed.vault()));
        assertEquals(beforeHits, find(indexed.index(), "common"));
        assertEquals(List.of(), find(indexed.index(), "neverseen"));
        // nothing of the failed batch lingers: the next batch numbers its terms and documents afresh
        Indexed fresh = vault("fresh");
        for (int n = 0; n < 5; n++) {
            fresh.store().insert(interview(n, text(n)));
        }
        List<app.caravan.domain.IdentifiedInterview> next = new ArrayList<>();
        for (int n = 5; n < 12; n++) {
            next.add(new app.caravan.domain.IdentifiedInterview(interview(n, text(n)), app.caravan.domain.Identity.EMPTY));
        }
        indexed.store().importAll(List.of(), List.of(), List.of(), next);
        fresh.store().importAll(List.of(), List.of(), List.of(), next);
        assertEquals(rows(fresh.vault()), rows(indexed.vault()));
    }
}
