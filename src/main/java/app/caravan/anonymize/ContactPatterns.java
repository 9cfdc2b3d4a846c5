package app.caravan.anonymize;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds phone numbers, e-mail addresses, social-network handles and URLs. */
final class ContactPatterns {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** A profile link counts as a handle, not as a URL: it names a person, not a page. */
    private static final Pattern PROFILE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_.])(?:https?://)?(?:www\\.)?"
            + "(?:t\\.me|telegram\\.me|instagram\\.com|instagr\\.am|vk\\.com|facebook\\.com|fb\\.com|twitter\\.com|x\\.com"
            + "|tiktok\\.com|threads\\.net|linkedin\\.com/in|youtube\\.com|github\\.com)/@?[\\p{L}\\p{N}_.\\-]+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.]{1,31}");
    private static final String TLDS = "com|ru|org|net|io|me|uz|kz|kg|ge|am|tr|by|ua|su|рф|info|biz|app|dev|co|de|"
            + "uk|eu|lv|rs|ae|th|tv|fm|ly|xyz|online|site|pro";
    private static final Pattern URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}@._-])(?:(?:https?|ftp)://\\S+"
            + "|www\\.\\S+|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:" + TLDS + ")(?![\\p{L}\\p{N}])(?:/\\S*)?)");
    /** Digits with the separators phone numbers are written with; validated by {@link #isPhone}. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+])\\+?\\(?\\d[\\d\\s().\\-]{5,24}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern LOCAL_PHONE = Pattern.compile("\\d{2,3}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_PHONE_INSIDE = Pattern.compile("(?<![\\d\\-.])\\d{2,3}-\\d{2}-\\d{2}(?![\\d\\-])");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:[ .]\\d{3})+");
    private static final Pattern YEARS = Pattern.compile("(?:(?:19|20)\\d\\d[\\s\\-–]*)+");
    private static final Pattern DOTTED_DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final String TRAILING = ".,;:!?)]}»\"'’";

    private ContactPatterns() {
    }

    static void find(String text, Consumer<Candidate> out) {
        find(text, Windows.Triggers.of(text), out);
    }

    static void find(String text, Windows.Triggers triggers, Consumer<Candidate> out) {
        each(triggers.at(), EMAIL, text, Category.EMAIL, out);
        each(triggers.at(), HANDLE, text, Category.HANDLE, out);
        each(triggers.links(), PROFILE, text, Category.HANDLE, out);
        each(triggers.links(), URL, text, Category.URL, out);
        for (Matcher m : triggers.digits().matchesFromNumbers(PHONE)) {
            String found = m.group();
            // the class admits line breaks and parentheses; a number never spans lines
            int cut = found.indexOf('\n');
            String phone = cut < 0 ? found : found.substring(0, cut).strip();
            if (isPhone(phone)) {
                out.accept(Candidate.of(m.start(), m.start() + phone.length(), Category.PHONE, "[PHONE]"));
                continue;
            }
            // "12-34-56 10 раз": the greedy run took in a neighbouring number; the local shape still counts
            Matcher local = LOCAL_PHONE_INSIDE.matcher(phone);
            while (local.find()) {
                out.accept(Candidate.of(m.start() + local.start(), m.start() + local.end(), Category.PHONE, "[PHONE]"));
            }
        }
    }

    /**
     * Years, year ranges, dates and thousands-grouped amounts are not phones; a "+" prefix, ten
     * or more digits, or the local 12-34-56 shape is.
     */
    static boolean isPhone(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isDigit(candidate.charAt(i))) {
                digits++;
            }
        }
        if (digits < 6 || digits > 15 || YEARS.matcher(candidate).matches() || DOTTED_DATE.matcher(candidate).matches()
                || GROUPED_NUMBER.matcher(candidate).matches()) {
            return false;
        }
        if (candidate.startsWith("+")) {
            return digits >= 8;
        }
        if (digits >= 10) {
            return true;
        }
        return LOCAL_PHONE.matcher(candidate).matches() || candidate.contains("(") && digits >= 7;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void each(Windows windows, Pattern pattern, String text, Category category, Consumer<Candidate> out) {
        for (Matcher m : windows.matches(pattern)) {
            int end = m.end();
            if (category != Category.EMAIL) {
                // a link longer than the window around its trigger goes on to the next space
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            while (end > m.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            out.accept(Candidate.of(m.start(), end, category, category.plainPlaceholder()));
        }
    }

    /** The e-mails, phones, handles and URLs inside an identity's contact field, to find verbatim elsewhere. */
    static List<Candidate> in(String contact) {
        List<Candidate> found = new java.util.ArrayList<>();
        find(contact, found::add);
        return found;
    }
}
