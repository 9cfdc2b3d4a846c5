package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.caravan.domain.SearchToken;
import app.caravan.domain.SearchTokens;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The batch's word pool and the tokenizer built on it give what tokenizing word by word gives. */
class TermPoolTest {
    @Test
    void aWordIsOneTermHoweverOftenAndWhereverItComesFrom() {
        TermPool pool = new TermPool();
        char[] first = "tashkent".toCharArray();
        char[] second = "xxtashkentyy".toCharArray();
        System.arraycopy(second, 2, second, 0, 8);
        TermPool.Term a = pool.intern(first, 8);
        assertSame(a, pool.intern(second, 8));
        assertNotSame(a, pool.intern(first, 7));
        assertEquals("tashken", pool.intern(first, 7).text);
        assertEquals("tashkent".hashCode(), a.hash);
    }

    @Test
    void spellingsThatFoldAlikeShareOneTermAndEmptyFoldsGiveNone() {
        TermPool pool = new TermPool();
        char[] text = "Ташкент tashkent TASHKENT Ташкенте ъ".toCharArray();
        TermPool.Term cyrillic = pool.word(text, 0, 7);
        assertEquals("tashkent", cyrillic.text);
        assertSame(cyrillic, pool.word(text, 8, 16));
        assertSame(cyrillic, pool.word(text, 17, 25));
        assertSame(cyrillic, pool.word(text, 0, 7));
        assertEquals("tashkente", pool.word(text, 26, 34).text);
        assertEquals(2, pool.size());
        assertEquals("", SearchTokens.fold("ъ"));
        assertEquals(null, pool.word(text, 35, 36));
        assertEquals(null, pool.word(text, 35, 36));
    }

    @Test
    void manySpellingsAreFoundAgainAcrossGrowth() {
        TermPool pool = new TermPool();
        List<TermPool.Term> terms = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            char[] word = ("Слово" + i).toCharArray();
            terms.add(pool.word(word, 0, word.length));
        }
        for (int i = 0; i < 30_000; i++) {
            char[] word = ("СЛОВО" + i).toCharArray();
            assertSame(terms.get(i), pool.word(word, 0, word.length));
            assertEquals("slovo" + i, terms.get(i).text);
        }
        assertEquals(30_000, pool.size());
    }

    @Test
    void termsStayDistinctAndFoundAcrossGrowth() {
        TermPool pool = new TermPool();
        List<TermPool.Term> terms = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            char[] word = ("w" + i).toCharArray();
            terms.add(pool.intern(word, word.length));
        }
        assertEquals(50_000, pool.size());
        for (int i = 0; i < 50_000; i++) {
            char[] word = ("w" + i).toCharArray();
            assertSame(terms.get(i), pool.intern(word, word.length));
            assertEquals("w" + i, terms.get(i).text);
        }
    }

    @Test
    void tokenizingWithASharedPoolGivesTheWordsOfEachText() {
        TermPool pool = new TermPool();
        for (int n = 0; n < 30; n++) {
            SearchSources sources = new SearchSources(new UUID(3, n), "Псевдоним " + n,
                    OffsetDateTime.parse("2022-10-01T10:00:00+03:00"), "Ташкент tashkent Тбилиси слово" + (n % 4) + " и ещё раз Ташкент, O'zbekiston " + n,
                    List.of("заметка " + n, ""), List.of(), List.of());
            TokenizeAhead.Tokenized shared = TokenizeAhead.tokenize(sources, pool);
            TokenizeAhead.Tokenized alone = TokenizeAhead.tokenize(sources);
            assertArrayEquals(alone.termTexts(), shared.termTexts());
            assertEquals(alone.texts().size(), shared.texts().size());
            List<String> texts = List.of(sources.pseudonym(), sources.transcript(), sources.notes().get(0), "");
            for (int t = 0; t < texts.size(); t++) {
                assertArrayEquals(alone.texts().get(t), shared.texts().get(t));
                List<String> words = new ArrayList<>();
                for (int index : shared.texts().get(t)) {
                    words.add(shared.terms()[index].text);
                }
                assertEquals(SearchTokens.tokenize(texts.get(t)).stream().map(SearchToken::term).toList(), words);
            }
            // Distinct terms in the order first seen, each once.
            Map<String, Integer> seen = new LinkedHashMap<>();
            texts.forEach(text -> SearchTokens.tokenize(text).forEach(token -> seen.putIfAbsent(token.term(), seen.size())));
            assertEquals(List.copyOf(seen.keySet()), List.of(shared.termTexts()));
        }
    }

    @Test
    void aShortTextAfterALongOneDoesNotReadWhatTheLongOneLeftInTheBuffer() {
        // The note ends where the transcript had more letters and the low half of a surrogate pair.
        String transcript = "ab𝐀cdefgh слово";
        String note = "ab\uD835";
        SearchSources sources = new SearchSources(new UUID(4, 1), "P", OffsetDateTime.parse("2022-10-01T10:00:00+03:00"),
                transcript, List.of(note, "ab"), List.of(), List.of());
        TokenizeAhead.Tokenized tokenized = TokenizeAhead.tokenize(sources, new TermPool());
        List<String> texts = List.of("P", transcript, note, "ab");
        for (int t = 0; t < texts.size(); t++) {
            List<String> words = new ArrayList<>();
            for (int index : tokenized.texts().get(t)) {
                words.add(tokenized.terms()[index].text);
            }
            assertEquals(SearchTokens.tokenize(texts.get(t)).stream().map(SearchToken::term).toList(), words, texts.get(t));
        }
    }
}
