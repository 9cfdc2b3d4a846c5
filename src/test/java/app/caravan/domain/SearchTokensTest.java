package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokensTest {
    @Test
    void wordsKeepTheirPlaceInTheOriginalText() {
        String text = "«Ташкент», TASHKENT и Toshkent — 24 сентября; O'zbekiston, Üsküdar.";
        List<SearchToken> tokens = SearchTokens.tokenize(text);

        assertEquals(List.of("tashkent", "tashkent", "i", "toshkent", "24", "sentyabrya", "ozbekiston", "uskudar"),
                tokens.stream().map(SearchToken::term).toList());
        for (SearchToken t : tokens) {
            assertEquals(t.term(), Transliteration.fold(text.substring(t.start(), t.end())), t.toString());
        }
        assertEquals("O'zbekiston", text.substring(tokens.get(6).start(), tokens.get(6).end()));
    }

    @Test
    void theFastFoldAgreesWithTransliteration() {
        for (String word : List.of("Москва", "Москве", "Николай", "Nikolay", "Харьков", "KHARKIV", "ЩЁЛКОВО", "Ёжик",
                "подъезд", "Қазақстан", "Ўзбекистон", "Ђорђе", "iyyay", "Бийск", "x86", "Алматы")) {
            assertEquals(Transliteration.fold(word), SearchTokens.fold(word), word);
        }
    }

    @Test
    void theFirstFoldedLetterIsRightOrUnknown() {
        String text = "Харьков khachapuri Kamchatka Ъ Ёлка kh к Ksenia ЩИ";
        int[] bounds = SearchTokens.bounds(text);
        for (int w = 0; w < bounds.length; w += 2) {
            char first = SearchTokens.firstFolded(text, bounds[w], bounds[w + 1]);
            String fold = SearchTokens.fold(text, bounds[w], bounds[w + 1]);
            assertTrue(first == 0 || (!fold.isEmpty() && fold.charAt(0) == first),
                    text.substring(bounds[w], bounds[w + 1]) + " → " + fold + " / " + first);
        }
    }

    @Test
    void veryLongWordsAreCut() {
        String word = "a".repeat(200);
        assertEquals(SearchTokens.MAX_TERM_LENGTH, SearchTokens.tokenize(word).get(0).term().length());
        assertEquals(200, SearchTokens.tokenize(word).get(0).end());
    }
}
