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

    /** How every Russian street type begins; only around these is the Russian pattern run. */
    private static final List<String> STREET_WORDS = List.of("ул", "пр-", "просп", "пер", "б-р", "бульвар", "ш.", "шоссе",
            "пл", "наб", "мкр", "микрорайон", "тупик", "проезд");

    private AddressPatterns() {
    }

    static void find(String text, Consumer<Candidate> out) {
        Windows streets = Windows.aroundWords(text, Windows.lower(text), STREET_WORDS);
        Windows digits = Windows.around(text, i -> ContactPatterns.isAsciiDigit(text.charAt(i)));
        for (Matcher m : streets.matches(RUSSIAN)) {
            out.accept(Candidate.of(m.start(), m.end(), Category.ADDRESS, "[ADDRESS]"));
        }
        for (Pattern p : new Pattern[] {NUMBER_FIRST, NUMBER_LAST}) {
            for (Matcher m : digits.matches(p)) {
                out.accept(Candidate.of(m.start(), m.end(), Category.ADDRESS, "[ADDRESS]"));
            }
        }
    }
}
