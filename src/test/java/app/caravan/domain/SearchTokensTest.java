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
    void theArrayFoldAgreesWithTransliterationOnRandomWords() {
        // Letters chosen to make the variant rules (iy, yy, kh, ay) overlap and chain.
        String alphabet = "iyykhaAYKHйыхаИЙЫХАкхъьёжщцшчюяQz09";
        java.util.Random random = new java.util.Random(24);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = Transliteration.fold(word.toString());
            expected = expected.length() > SearchTokens.MAX_TERM_LENGTH ? expected.substring(0, SearchTokens.MAX_TERM_LENGTH) : expected;
            assertEquals(expected, SearchTokens.fold(word.toString()), word.toString());
        }
    }

    @Test
    void theWordTableAgreesWithCharacterForEveryCharItCovers() {
        // bounds() looks chars below U+0500 up in a table: a one-char text is a word exactly
        // when Character says the char is a letter or digit.
        for (char c = 0; c < 0x500; c++) {
            int[] bounds = SearchTokens.bounds("-" + c + "-");
            assertEquals(Character.isLetterOrDigit(c) ? 2 : 0, bounds.length, "U+" + Integer.toHexString(c));
            // ... and continues a word exactly when it is a letter, digit or combining mark (or an
            // apostrophe between letters).
            int type = Character.getType(c);
            boolean continues = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            int[] inWord = SearchTokens.bounds("ab" + c + "cd");
            assertEquals(continues || c == '\'' || c == '`' ? 2 : 4, inWord.length, "U+" + Integer.toHexString(c) + " inside a word");
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

    @Test
    void tokenizeAgreesWithTheRulesWrittenPlainlyOnRandomTexts() {
        // Every kind of char the scanner treats differently: Latin, Cyrillic, digits, other
        // scripts, combining marks, apostrophes in and out of words, surrogate pairs, spaces.
        String[] pieces = {"a", "Z", "ж", "Щ", "й", "х", "к", "7", "ü", "ğ", "ქ", "中", "\u0301", "'", "’", "`",
            "😀", "𝐀", "\uD835", " ", "-", ",", "\n", "kh", "iy", "ay", "Ё", "ъ", "a".repeat(70), "Ж".repeat(20)};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<String> expected = new java.util.ArrayList<>();
            List<Integer> expectedBounds = new java.util.ArrayList<>();
            for (int[] word : plainWords(t)) {
                expectedBounds.add(word[0]);
                expectedBounds.add(word[1]);
                String fold = Transliteration.fold(t.substring(word[0], word[1]));
                fold = fold.length() > SearchTokens.MAX_TERM_LENGTH ? fold.substring(0, SearchTokens.MAX_TERM_LENGTH) : fold;
                if (!fold.isEmpty()) {
                    expected.add(word[0] + ":" + word[1] + ":" + fold);
                }
            }
            assertEquals(expected, SearchTokens.tokenize(t).stream().map(w -> w.start() + ":" + w.end() + ":" + w.term()).toList(), t);
            assertEquals(expectedBounds, java.util.Arrays.stream(SearchTokens.bounds(t)).boxed().toList(), t);
        }
    }

    /** The word rules of SearchTokens, by code point and straight from Character: no tables, no fast paths. */
    static List<int[]> plainWords(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length()) {
                cp = text.codePointAt(i);
                int type = Character.getType(cp);
                boolean wordChar = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
                boolean apostrophe = "'’ʼʻ`".indexOf(cp) >= 0 && i > start && i + 1 < text.length()
                        && Character.isLetter(text.codePointAt(i + 1));
                if (!wordChar && !apostrophe) {
                    break;
                }
                i += Character.charCount(cp);
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    @Test
    void wordsLongerThanTheFirstBufferAreFoldedAndCut() {
        String word = "Щ".repeat(300);
        List<SearchToken> tokens = SearchTokens.tokenize("x " + word + " y");
        assertEquals(List.of("x", SearchTokens.fold(word), "y"), tokens.stream().map(SearchToken::term).toList());
        assertEquals(SearchTokens.MAX_TERM_LENGTH, tokens.get(1).term().length());
        assertEquals(Transliteration.fold(word).substring(0, SearchTokens.MAX_TERM_LENGTH), tokens.get(1).term());
    }
}
