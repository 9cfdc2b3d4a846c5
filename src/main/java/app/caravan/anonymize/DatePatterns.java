package app.caravan.anonymize;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds exact dates and keeps their month: 17.10.2022, 2022-10-17, 17 октября 2022 and October
 * 17, 2022 become {@code [DATE 2022-10]}; a day and month without a year (17-го октября, 17
 * October) become {@code [DATE 10]}, the month alone. A year alone ("в 2022") or a month alone
 * ("в октябре") is not an exact date and stays.
 */
final class DatePatterns {
    private static final List<String> RU_MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр");
    private static final List<String> EN_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String RU_MONTH = "(?iu:(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|(март|август)а|(ма)я)";
    private static final String EN_MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.\\-/])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d.\\-/]\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.\\-/])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern RUSSIAN = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:-?(?:го|е|ое|ого))?\\s+" + RU_MONTH
            + "(?![\\p{L}])(?:\\s+" + YEAR + "(?!\\d))?");
    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile("(?<![\\p{L}])" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d\\p{L}])(?:,?\\s+" + YEAR + "(?!\\d))?");
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + EN_MONTH + "(?![\\p{L}])(?:,?\\s+" + YEAR + "(?!\\d))?");

    private DatePatterns() {
    }

    static void find(String text, Consumer<Candidate> out) {
        find(text, Windows.Triggers.of(text).digits(), out);
    }

    /** As {@link #find(String, Consumer)}, with the windows around the text's digits already known. */
    static void find(String text, Windows digits, Consumer<Candidate> out) {
        for (Matcher m : digits.matchesFromNumbers(NUMERIC)) {
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            emit(out, m, day(m.group(1)), number(m.group(3)), year);
        }
        for (Matcher m : digits.matchesFromNumbers(ISO)) {
            emit(out, m, day(m.group(3)), number(m.group(2)), m.group(1));
        }
        for (Matcher m : digits.matchesFromNumbers(RUSSIAN)) {
            String stem = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            emit(out, m, day(m.group(1)), RU_MONTHS.indexOf(stem.toLowerCase(Locale.ROOT)) + 1, m.group(5));
        }
        for (Matcher m : digits.matches(ENGLISH_MONTH_FIRST)) {
            emit(out, m, day(m.group(2)), englishMonth(m.group(1)), m.group(3));
        }
        for (Matcher m : digits.matchesFromNumbers(ENGLISH_DAY_FIRST)) {
            emit(out, m, day(m.group(1)), englishMonth(m.group(2)), m.group(3));
        }
    }

    private static void emit(Consumer<Candidate> out, Matcher m, int day, int month, String year) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return;
        }
        String placeholder = String.format(Locale.ROOT, year == null ? "[DATE %2$02d]" : "[DATE %1$s-%2$02d]", year, month);
        out.accept(Candidate.of(m.start(), m.end(), Category.DATE, placeholder));
    }

    private static int day(String digits) {
        return number(digits);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int englishMonth(String name) {
        return EN_MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
