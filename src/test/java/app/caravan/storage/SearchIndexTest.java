package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's shortcuts for common words (checking the newest documents instead of reading
 * posting lists, tuned tiny here so 40 interviews exercise them) give the same interviews as
 * the plain way, and a page of them says its total is only a lower bound.
 */
class SearchIndexTest {
    static final SearchIndex.Tuning TINY = new SearchIndex.Tuning(3, 4, 16, 30);

    @TempDir
    Path temp;
    Vault vault;
    SearchIndex plain;
    SearchIndex shortcut;
    final List<UUID> newestFirst = new ArrayList<>();

    @BeforeEach
    void fill() throws Exception {
        vault = Vault.create(temp.resolve("v"), Fixtures.passphrase(), Fixtures.FAST_KDF);
        InterviewEvents events = new InterviewEvents();
        plain = new SearchIndex(vault, new SearchIndex.Tuning(1_000, 64, 4_096, 1_000_000));
        shortcut = new SearchIndex(vault, TINY);
        events.add(plain);
        InterviewStore store = new InterviewStore(vault, events);
        for (int i = 0; i < 40; i++) {
            String text = "common word " + (i % 2 == 0 ? "even " : "odd ") + (i < 20 ? "early " : "late ")
                    + (i == 7 ? "rare " : "") + (i % 3 == 0 ? "alpha beta" : "beta alpha")
                    + (i % 4 == 0 ? " zeta" + i + " zeta" + (i + 100) : "");
            Interview interview = Interview.builder(UUID.randomUUID(), "P" + i,
                    OffsetDateTime.parse("2020-01-01T00:00:00Z").plusDays(i))
                    .consent(Consent.NONE.withParticipation(true)).transcript(text).build();
            store.insert(interview);
            newestFirst.add(0, interview.id());
        }
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static List<List<List<SearchIndex.Term>>> words(String... words) {
        List<List<List<SearchIndex.Term>>> query = new ArrayList<>();
        for (String w : words) {
            query.add(List.of(List.of(new SearchIndex.Term(w, false))));
        }
        return query;
    }

    static List<List<List<SearchIndex.Term>>> phrase(String... words) {
        List<List<SearchIndex.Term>> phrase = new ArrayList<>();
        for (String w : words) {
            phrase.add(List.of(new SearchIndex.Term(w, false)));
        }
        return List.of(phrase);
    }

    /** {@code page} is the newest {@code enough} (or more) of {@code all}, in the same order. */
    static void assertPage(SearchIndex.Found all, SearchIndex.Found page, int enough) {
        assertTrue(page.ids().size() >= Math.min(enough, all.ids().size()), page.toString());
        assertEquals(all.ids().subList(0, page.ids().size()), page.ids());
        assertEquals(page.exact(), page.ids().size() == all.ids().size() && page.total() == all.total());
    }

    @Test
    void commonWordsGiveTheNewestPageWithALowerBound() {
        SearchIndex.Found all = plain.find(words("common", "even"), null, 100);
        assertEquals(20, all.total());
        assertTrue(all.exact());

        SearchIndex.Found page = shortcut.find(words("common", "even"), null, 5);
        assertEquals(all.ids().subList(0, 5), page.ids());
        assertFalse(page.exact());
        assertEquals(5, page.total());

        SearchIndex.Found everything = shortcut.find(words("common", "even"), null, 100);
        assertEquals(all.ids(), everything.ids(), "after the walk gives up, the posting lists are read");
        assertTrue(everything.exact());
    }

    @Test
    void aRareWordMakesTheAnswerExact() {
        SearchIndex.Found found = shortcut.find(words("common", "rare"), null, 5);
        assertEquals(List.of(newestFirst.get(39 - 7)), found.ids());
        assertTrue(found.exact());
        assertEquals(1, found.total());
    }

    @Test
    void aPrefixWithManyTermsIsCheckedOnTheWordSequences() {
        List<List<List<SearchIndex.Term>>> query = words("common");
        query.add(List.of(List.of(new SearchIndex.Term("zeta", true))));
        SearchIndex.Found all = plain.find(query, null, 100);
        assertEquals(10, all.total());
        assertPage(all, shortcut.find(query, null, 3), 3);
        assertEquals(all.ids(), shortcut.find(query, null, 100).ids());
        assertEquals(all.ids(), shortcut.find(query, Set.copyOf(newestFirst), 100).ids());
    }

    @Test
    void sparseHitsAmongCommonWordsFallBackToThePostingLists() {
        SearchIndex.Found early = shortcut.find(words("common", "early"), null, 3);
        assertEquals(newestFirst.subList(20, 23), early.ids(), "the newest of the 20 oldest");
    }

    @Test
    void phrasesAndWithinAgreeWithThePlainWay() {
        for (int enough : List.of(1, 3, 100)) {
            assertPage(plain.find(phrase("alpha", "beta"), null, 100), shortcut.find(phrase("alpha", "beta"), null, enough),
                    enough);
            Set<UUID> within = Set.copyOf(newestFirst.subList(5, 30));
            assertPage(plain.find(words("common", "odd"), within, 100), shortcut.find(words("common", "odd"), within, enough),
                    enough);
        }
        SearchIndex.Found phrases = plain.find(phrase("alpha", "beta"), null, 100);
        assertEquals(14, phrases.total());
        assertTrue(phrases.exact());
        assertEquals(0, plain.find(phrase("beta", "word"), null, 100).total());
        assertEquals(0, plain.find(words("common", "unknown"), null, 100).total());
    }
}
