package app.caravan.anonymize;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses: a street-type word next to a capitalized name or a house number, in
 * Russian ("ул. Ленина, 5", "улица Навои 12, кв. 4", "на проспекте Мира д. 7") and English or
 * Uzbek Latin ("12 Rustaveli Ave", "Amir Temur street 15", "Navoi ko'chasi 3").
 */
final class AddressPatterns {
    private static final String RU_TYPE = "(?iu:ул\\.|ул(?=\\s)|улиц(?:а|е|у|ы|ей)|пр-т|пр-кт|просп\\.|проспект(?:а|е|у|ом)?"
            + "|пер\\.|переул(?:ок|ка|ке|ком)|б-р|бульвар(?:а|е|у|ом)?|ш\\.|шоссе|пл\\.|площад(?:ь|и|ью)"
            + "|наб\\.|набережн(?:ая|ой|ую)|мкр\\.?|микрорайон(?:а|е|у)?|тупик(?:а|е)?|проезд(?:а|е)?)";
    private static final String HOUSE = "(?:,?\\s*(?:(?iu:д\\.|дом)\\s*)?\\d+\\p{L}?(?:/\\d+)?(?![\\p{L}\\p{N}]))";
    private static final String FLAT = "(?:,?\\s*(?iu:кв\\.|квартира|корп\\.|корпус|стр\\.|строение|к\\.)\\s*\\d+[\\p{L}]?)";
    private static final Pattern RUSSIAN = Pattern.compile("(?<![\\p{L}])" + RU_TYPE
            + "\\s*(?:(?:\\d+-?(?:го|я|й)?\\s+)?\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?" + HOUSE + "?|\\d+)" + FLAT + "*");
    private static final String EN_TYPE = "(?:Street|street|St\\.|Avenue|avenue|Ave\\.?|Road|road|Rd\\.?|Boulevard|"
            + "boulevard|Blvd\\.?|Lane|lane|Drive|Square|square|Sq\\.|Prospekt|prospekt|Prospect|prospect|"
            + "ko['ʻ’]?chasi|mahallasi|Highway|Way|Alley|alley)";
    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}'ʻ’\\-]*(?:\\s+\\p{Lu}[\\p{L}'ʻ’\\-]*){0,2}";
    private static final String UNIT = "(?:,?\\s*(?:apt\\.?|Apt\\.?|apartment|flat|Flat|#)\\s*\\d+[A-Za-z]?)";
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+[A-Za-z]?,?\\s+" + NAME_WORDS + "\\s+"
            + EN_TYPE + "(?![\\p{L}])" + UNIT + "*");
    private static final Pattern NUMBER_LAST = Pattern.compile("(?<![\\p{L}])" + NAME_WORDS + "\\s+" + EN_TYPE
            + ",?\\s*\\d+[A-Za-z]?(?:/\\d+)?(?![\\p{L}\\p{N}])" + UNIT + "*");

    /** How every Russian street type begins (lower case); the Russian pattern is only tried where one does. */
    private static final List<String> STREET_WORDS = List.of("ул", "пр-", "просп", "пер", "б-р", "бульвар", "ш.", "шоссе",
            "пл", "наб", "мкр", "микрорайон", "тупик", "проезд");
    /** The first letters of {@link #STREET_WORDS}, as bits counted from а. */
    private static final int STREET_INITIALS = initials();
    /** {@link #STREET_WORDS} by their first letter, counted from а: a word start is compared with its own few only. */
    private static final String[][] BY_INITIAL = byInitial();

    private AddressPatterns() {
    }

    private static int initials() {
        int bits = 0;
        for (String w : STREET_WORDS) {
            bits |= 1 << (w.charAt(0) - 'а');
        }
        return bits;
    }

    private static String[][] byInitial() {
        String[][] by = new String[32][];
        for (int letter = 0; letter < 32; letter++) {
            char initial = (char) ('а' + letter);
            by[letter] = STREET_WORDS.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
        }
        return by;
    }

    static void find(String text, Consumer<Candidate> out) {
        find(text, Windows.Triggers.of(text).digits(), out);
    }

    /** As {@link #find(String, Consumer)}, with the windows around the text's digits already known. */
    static void find(String text, Windows digits, Consumer<Candidate> out) {
        // a Russian address starts where a street word does: tried there only, as find() would meet them
        Matcher russian = RUSSIAN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= after && startsStreetWord(text, i)) {
                russian.region(i, text.length());
                if (russian.lookingAt()) {
                    out.accept(Candidate.of(russian.start(), russian.end(), Category.ADDRESS, "[ADDRESS]"));
                    after = russian.end();
                }
            }
        }
        for (Matcher m : digits.matchesFromNumbers(NUMBER_FIRST)) {
            out.accept(Candidate.of(m.start(), m.end(), Category.ADDRESS, "[ADDRESS]"));
        }
        for (Matcher m : digits.matches(NUMBER_LAST)) {
            out.accept(Candidate.of(m.start(), m.end(), Category.ADDRESS, "[ADDRESS]"));
        }
    }

    /**
     * Every street word begins with one of a few Cyrillic letters at the start of a word: tests
     * in order of cost, since this runs on every character of every text.
     */
    private static boolean startsStreetWord(String text, int i) {
        char c = text.charAt(i);
        if (c < 'А' || c > 'я') {
            return false;
        }
        int lower = c <= 'Я' ? c + ('а' - 'А') : c;
        if ((STREET_INITIALS & (1 << (lower - 'а'))) == 0 || i > 0 && isLetter(text.charAt(i - 1))) {
            return false;
        }
        for (String prefix : BY_INITIAL[lower - 'а']) {
            if (startsWith(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} at {@code i} is {@code prefix} in any case. The prefixes are lower-case
     * Cyrillic with - and ., which only their own capitals match case-insensitively.
     */
    private static boolean startsWith(String text, int i, String prefix) {
        if (i + prefix.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            char c = text.charAt(i + j);
            char lower = c >= 'А' && c <= 'Я' ? (char) (c + ('а' - 'А')) : c;
            if (lower != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isLetter(char)}, answered without a table look-up for Latin and Cyrillic letters. */
    private static boolean isLetter(char c) {
        return c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= 0x80 && Character.isLetter(c);
    }
}
