package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Transliteration;
import app.caravan.storage.InterviewChange;
import app.caravan.storage.InterviewEvents;
import app.caravan.storage.InterviewListener;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.SearchIndex;
import app.caravan.storage.StorageException;
import app.caravan.storage.TombstoneStore;
import app.caravan.storage.Vault;
import app.caravan.storage.VocabularyStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search on a real encrypted vault: scripts, inflections, phrases, filters, offsets, and an index that stays exact. */
class SearchServiceTest {
    static final String T1 = "Мы уехали из Москвы в Ташкент в сентябре.\nВ Москве остались родители, они звонят каждый день.";
    static final String T2 = "I moved from Moscow to Tbilisi. Life in Tbilisi is expensive; my family stayed in Moskva.";
    static final String T3 = "Сейчас живу в Бишкеке. Мобилизация застала меня в Москва-Сити, на работе.";

    @TempDir
    Path temp;
    Vault vault;
    InterviewEvents events;
    InterviewStore store;
    SearchIndex index;
    LocalSearchService search;
    final FailingListener failing = new FailingListener();
    Interview first;
    Interview second;
    Interview third;

    /** Registered after the index: throws when armed, so the whole write rolls back after the index ran. */
    static final class FailingListener implements InterviewListener {
        boolean armed;

        @Override
        public void interviewChanged(Connection c, InterviewChange change) {
            if (armed) {
                throw new IllegalStateException("listener failed on purpose");
            }
        }
    }

    @BeforeEach
    void open() throws Exception {
        vault = Vault.create(temp.resolve("vault"), Fixtures.passphrase(), Fixtures.FAST_KDF);
        events = new InterviewEvents();
        index = new SearchIndex(vault);
        events.add(index);
        events.add(failing);
        store = new InterviewStore(vault, events);
        VocabularyStore vocabulary = new VocabularyStore(vault);
        search = new LocalSearchService(index, () -> vocabulary.load().cities());
        first = interview("Timur", "2022-10-17T15:30:00+05:00", T1)
                .notes(List.of(new Note(Duration.ofSeconds(90), "Работает удалённо, живёт в Tashkent")))
                .segments(List.of(new Segment(45, 60, List.of(), "родители в Москве, мобилизация")))
                .build();
        second = interview("Anna", "2022-11-01T10:00:00+04:00", T2).build();
        third = interview("Aigerim", "2023-01-05T12:00:00+06:00", T3).build();
        store.insert(first);
        store.insert(second);
        store.insert(third);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static Interview.Builder interview(String pseudonym, String at, String transcript) {
        return Interview.builder(UUID.randomUUID(), pseudonym, OffsetDateTime.parse(at))
                .consent(Consent.NONE.withParticipation(true))
                .transcript(transcript);
    }

    List<UUID> ids(String query) throws InvalidInputException {
        return search.search(query, null, 50).hits().stream().map(SearchHit::interviewId).toList();
    }

    @Test
    void cyrillicFindsLatinAndLatinFindsCyrillic() throws Exception {
        assertEquals(List.of(first.id()), ids("Ташкент"));
        assertEquals(List.of(first.id()), ids("tashkent"));
        assertEquals(List.of(third.id(), second.id()), ids("Москва"), "Москва-Сити; Moskva and (a city alias) Moscow");
        assertEquals(List.of(second.id()), ids("Тбилиси"));
    }

    @Test
    void caseDoesNotMatter() throws Exception {
        assertEquals(List.of(second.id()), ids("TBILISI"));
        assertEquals(List.of(third.id()), ids("бИшКеКе"));
    }

    @Test
    void aPrefixFindsEveryInflectionNewestFirst() throws Exception {
        SearchResult result = search.search("Москв*", null, 50);

        assertEquals(List.of(third.id(), second.id(), first.id()),
                result.hits().stream().map(SearchHit::interviewId).toList());
        assertEquals(3, result.total());
        assertTrue(result.exact());
        SearchHit timur = result.hits().get(2);
        assertEquals(3, timur.matchCount(), "Москвы, Москве in the transcript and Москве in the memo");
        for (SearchHit hit : result.hits()) {
            for (SearchMatch m : hit.matches()) {
                assertTrue(Transliteration.fold(sourceText(hit.interviewId(), m).substring(m.start(), m.end()))
                        .startsWith("moskv"), m.toString());
            }
        }
    }

    @Test
    void theCityVocabularyJoinsSpellingsThatFoldingCannot() throws Exception {
        assertEquals(List.of(first.id()), ids("Toshkent"));
        assertEquals(List.of(third.id(), second.id()), ids("Moscow"), "Moscow = Москва = Moskva in the gazetteer");
    }

    @Test
    void aPhraseMustBeWordsInARow() throws Exception {
        SearchResult phrase = search.search("\"из Москвы\"", null, 50);
        assertEquals(List.of(first.id()), phrase.hits().stream().map(SearchHit::interviewId).toList());
        assertEquals(1, phrase.total());
        assertTrue(phrase.exact());
        SearchMatch m = phrase.hits().get(0).matches().get(0);
        assertEquals("из Москвы", T1.substring(m.start(), m.end()));

        SearchResult apart = search.search("\"Москвы Ташкент\"", null, 50);
        assertTrue(apart.hits().isEmpty(), "both words occur, but not next to each other");
        assertEquals(0, apart.total());
        assertEquals(List.of(second.id()), ids("\"life in tbilisi\""));
    }

    @Test
    void everyPartMustOccur() throws Exception {
        assertEquals(List.of(second.id()), ids("Tbilisi family"));
        assertEquals(List.of(), ids("Tbilisi Ташкент"));
        assertEquals(List.of(first.id()), ids("Ташкент \"остались родители\""));
        assertEquals(List.of(), ids("nonexistentword"));
    }

    @Test
    void withinRestrictsToTheLibrarysFilter() throws Exception {
        SearchResult result = search.search("Москв*", Set.of(first.id(), second.id()), 50);
        assertEquals(List.of(second.id(), first.id()), result.hits().stream().map(SearchHit::interviewId).toList());
        assertEquals(2, result.total());
        assertTrue(search.search("Москв*", Set.of(), 50).hits().isEmpty());
    }

    @Test
    void limitCutsTheHitsButNotTheTotal() throws Exception {
        SearchResult result = search.search("Москв*", null, 1);
        assertEquals(List.of(third.id()), result.hits().stream().map(SearchHit::interviewId).toList());
        assertEquals(3, result.total());
    }

    @Test
    void transcriptNoteAndMemoMatchesPointAtTheirText() throws Exception {
        SearchHit hit = search.search("Ташкент", null, 50).hits().get(0);
        assertEquals(2, hit.matchCount());
        SearchMatch transcript = hit.matches().get(0);
        assertEquals(SearchMatch.Source.TRANSCRIPT, transcript.source());
        assertEquals("Ташкент", T1.substring(transcript.start(), transcript.end()));
        assertEquals(transcript.start(), transcript.transcriptOffset());
        assertHighlighted(transcript, "Ташкент");
        SearchMatch note = hit.matches().get(1);
        assertEquals(SearchMatch.Source.NOTE, note.source());
        assertEquals(0, note.index());
        assertEquals("Tashkent", first.notes().get(0).text().substring(note.start(), note.end()));
        assertEquals(0, note.transcriptOffset());

        SearchHit memoHit = search.search("мобилизация", null, 50).hits().stream()
                .filter(h -> h.interviewId().equals(first.id())).findFirst().orElseThrow();
        SearchMatch memo = memoHit.matches().get(0);
        assertEquals(SearchMatch.Source.MEMO, memo.source());
        assertEquals("мобилизация", first.segments().get(0).memo().substring(memo.start(), memo.end()));
        assertEquals(45, memo.transcriptOffset());
    }

    @Test
    void snippetsAreShortOneLineAndHighlightEveryOccurrence() throws Exception {
        String longText = "слово ".repeat(100) + "Самарканд середина " + "word ".repeat(100) + "конец Самарканд";
        store.insert(interview("Long", "2021-01-01T00:00:00Z", longText).build());

        SearchHit hit = search.search("самарканд", null, 50).hits().get(0);
        assertEquals(2, hit.matchCount());
        for (SearchMatch m : hit.matches()) {
            assertEquals("Самарканд", longText.substring(m.start(), m.end()));
            assertTrue(m.snippet().length() <= TextMatcher.SNIPPET_LENGTH + 2, m.snippet());
            assertFalse(m.snippet().contains("\n"));
            assertHighlighted(m, "Самарканд");
        }
        assertTrue(hit.matches().get(0).snippet().startsWith("…") && hit.matches().get(0).snippet().endsWith("…"));
        assertTrue(hit.matches().get(1).snippet().endsWith("конец Самарканд"));
    }

    @Test
    void commentBodiesAreSearchedAndPointAtTheirAnchor() throws Exception {
        addComment(first.id(), 13, 19, "Проверить дату отъезда из Екатеринбурга");

        SearchHit hit = search.search("екатеринбург*", null, 50).hits().get(0);
        SearchMatch m = hit.matches().get(0);
        assertEquals(SearchMatch.Source.COMMENT, m.source());
        assertEquals(0, m.index());
        assertEquals(13, m.transcriptOffset());
        assertEquals("Екатеринбурга", "Проверить дату отъезда из Екатеринбурга".substring(m.start(), m.end()));

        vault.write("deleting comments", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM review_comment WHERE interview_id = ?")) {
                s.setObject(1, first.id());
                s.executeUpdate();
            }
            events.commentsChanged(c, first.id());
            return null;
        });
        assertEquals(List.of(), ids("екатеринбург*"));
    }

    @Test
    void theIndexFollowsUpdatesDeletesPurgesAndImports() throws Exception {
        Interview stored = store.find(second.id()).orElseThrow();
        store.update(second.id(), stored.revision(),
                consent -> stored.toBuilder().transcript("Now I live in Yerevan.").revision(stored.revision() + 1).build(),
                "test", Instant.now());
        assertEquals(List.of(), ids("Tbilisi"));
        assertEquals(List.of(second.id()), ids("Ереван"));

        store.delete(third.id());
        assertEquals(List.of(), ids("Бишкеке"));
        assertEquals(List.of(first.id()), ids("Москв*"));

        Interview withdrawn = interview("Gone", "2022-12-01T00:00:00Z", "Уникальноеслово в Стамбуле")
                .consent(Consent.NONE.withParticipation(true).withWithdrawnAt(OffsetDateTime.now())).build();
        store.insert(withdrawn);
        assertEquals(List.of(withdrawn.id()), ids("уникальноеслово"));
        new TombstoneStore(vault, events).purge(withdrawn.id(), "test", Instant.now());
        assertEquals(List.of(), ids("уникальноеслово"));
        assertEquals(0, countTerms("unikalnoeslovo"), "no word of a purged interview stays in the dictionary");

        Interview imported = interview("Imported", "2024-02-02T00:00:00Z", "Привезли из Алматы").build();
        store.importAll(List.of(), List.of(), List.of(), List.of(new IdentifiedInterview(imported, Identity.EMPTY)));
        assertEquals(List.of(imported.id()), ids("алматы"));
    }

    @Test
    void aRolledBackChangeLeavesTheIndexAsItWas() throws Exception {
        Interview stored = store.find(second.id()).orElseThrow();
        failing.armed = true;
        assertThrows(IllegalStateException.class, () -> store.update(second.id(), stored.revision(),
                consent -> stored.toBuilder().transcript("Now in Yerevan").revision(stored.revision() + 1).build(),
                "test", Instant.now()));
        Interview fresh = interview("Fresh", "2024-01-01T00:00:00Z", "Совсем новое интервью").build();
        assertThrows(IllegalStateException.class, () -> store.insert(fresh));
        assertThrows(IllegalStateException.class, () -> store.delete(first.id()));
        failing.armed = false;

        assertEquals(List.of(second.id()), ids("Tbilisi"));
        assertEquals(List.of(), ids("Yerevan"));
        assertEquals(List.of(), ids("новое"));
        assertEquals(0, countTerms("novoe"));
        assertEquals(List.of(first.id()), ids("Ташкент"));
        // Duplicate ids fail in the database itself, after the index saw the first copy.
        Interview twin = interview("Twin", "2024-01-01T00:00:00Z", "Близнецы").build();
        assertThrows(StorageException.class, () -> store.importAll(List.of(), List.of(), List.of(),
                List.of(new IdentifiedInterview(twin, Identity.EMPTY), new IdentifiedInterview(twin, Identity.EMPTY))));
        assertEquals(List.of(), ids("близнецы"));
        assertEquals(3, index.size());
    }

    @Test
    void unreadableQueriesSayWhy() {
        InvalidInputException unclosed = assertThrows(InvalidInputException.class,
                () -> search.search("Москва \"из Ташкента", null, 10));
        assertTrue(unclosed.getMessage().contains("position 8"), unclosed.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> search.search("  ", null, 10));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        InvalidInputException noWord = assertThrows(InvalidInputException.class, () -> search.search("*** ?", null, 10));
        assertTrue(noWord.getMessage().contains("no letters"), noWord.getMessage());
        InvalidInputException shortPrefix = assertThrows(InvalidInputException.class,
                () -> search.search("Москва м*", null, 10));
        assertTrue(shortPrefix.getMessage().contains("м* at position 8") && shortPrefix.getMessage().contains("short"),
                shortPrefix.getMessage());
        InvalidInputException emptyPhrase = assertThrows(InvalidInputException.class,
                () -> search.search("Москва \"\"", null, 10));
        assertTrue(emptyPhrase.getMessage().contains("position 8"), emptyPhrase.getMessage());
    }

    private void addComment(UUID interviewId, int start, int end, String body) {
        vault.write("adding a comment", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO review_comment (id, interview_id, start_offset,"
                    + " end_offset, quote, body, author, created_at) VALUES (?, ?, ?, ?, '', ?, 'editor', ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, interviewId);
                s.setInt(3, start);
                s.setInt(4, end);
                s.setString(5, body);
                s.setObject(6, OffsetDateTime.now());
                s.executeUpdate();
            }
            events.commentsChanged(c, interviewId);
            return null;
        });
    }

    private int countTerms(String term) {
        return vault.read("counting", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM search_term WHERE term = ?")) {
                s.setString(1, term);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private String sourceText(UUID id, SearchMatch m) {
        Interview i = store.find(id).orElseThrow();
        return switch (m.source()) {
            case TRANSCRIPT -> i.transcript();
            case NOTE -> i.notes().get(m.index()).text();
            case MEMO -> i.segments().get(m.index()).memo();
            case COMMENT -> throw new AssertionError("no comments here");
        };
    }

    private static void assertHighlighted(SearchMatch m, String word) {
        assertFalse(m.highlights().isEmpty(), m.toString());
        for (SearchMatch.Range h : m.highlights()) {
            assertEquals(Transliteration.fold(word), Transliteration.fold(m.snippet().substring(h.start(), h.end())),
                    m.snippet());
        }
    }
}
