package app.caravan.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to a script- and case-insensitive form so that Ташкент, TASHKENT and Tashkent meet.
 * Cyrillic is romanized with a simple scheme close to the common passport/BGN spellings; the
 * same fold is applied to both sides of every comparison, so the scheme only has to be
 * consistent, not official. Diacritics are dropped (Toshkent's ʻ, Üsküdar's ü).
 */
public final class Transliteration {
    private static final String[] CYRILLIC = new String[0x500 - 0x400];

    static {
        String[][] table = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"},
            {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"},
            {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"},
            {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},
            {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
            // Ukrainian, Belarusian, Serbian letters that appear in names and places
            {"є", "ye"}, {"і", "i"}, {"ї", "yi"}, {"ґ", "g"}, {"ў", "u"}, {"ђ", "dj"}, {"ј", "j"},
            {"љ", "lj"}, {"њ", "nj"}, {"ћ", "c"}, {"џ", "dz"},
            // Kazakh, Kyrgyz, Tatar, Uzbek and Bashkir letters, common in names from Central Asia
            {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"},
            {"һ", "h"}, {"ҳ", "h"}, {"җ", "zh"},
        };
        for (String[] pair : table) {
            CYRILLIC[pair[0].charAt(0) - 0x400] = pair[1];
            CYRILLIC[Character.toUpperCase(pair[0].charAt(0)) - 0x400] = pair[1];
        }
    }

    private Transliteration() {
    }

    /**
     * Lower-case Latin fold of {@code text} for comparisons; also evens out common variant
     * spellings (Nikolay/Nikolai, Kharkiv/Harkiv).
     */
    public static String fold(String text) {
        return romanize(text).replace("iy", "i").replace("yy", "y").replace("kh", "h").replace("ay", "ai");
    }

    /** Lower-case Latin romanization: Cyrillic transliterated, diacritics and apostrophes dropped. */
    public static String romanize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x400 && c < 0x500 && CYRILLIC[c - 0x400] != null) {
                out.append(CYRILLIC[c - 0x400]);
            } else {
                out.append(c);
            }
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == 'ʻ' || c == 'ʼ' || c == '\'' || c == '`' || c == '’') {
                continue;
            }
            folded.append(c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** True when {@code candidate} starts with {@code typed} after folding both, or {@code typed} is blank. */
    public static boolean startsWith(String candidate, String typed) {
        String t = fold(typed).strip();
        return t.isEmpty() || fold(candidate).startsWith(t);
    }
}
