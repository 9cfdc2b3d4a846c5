package app.caravan.anonymize;

import app.caravan.domain.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds the people of one identity in text: every word of every name, alone or together, in
 * any case form and script. Person 0 is the interviewee, 1… the mentioned people in order; a
 * word two people share (a family name) counts for the earlier one. Consecutive words of one
 * person on one line ("Николай Петров", "Анна-Мария") become one candidate.
 */
final class PersonFinder {
    /** Name particles, ordinary words on their own: replacing every "de" or "van" would hide nothing. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "la", "le", "van", "von", "der", "den",
            "bin", "ibn", "al", "el", "ben", "оглы", "кызы", "уулу", "ugli", "qizi", "uulu", "bek");
    /** Uzbek "son of", written with apostrophes that would split it into o, g, li (and li is also a surname). */
    private static final Pattern OGLI = Pattern.compile("(?iu)(?<!\\p{L})o['ʻ‘’`]?g['ʻ‘’`]?li(?!\\p{L})");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+|[ \\u00A0]?[-‐][ \\u00A0]?");

    private final NameForms<Integer> forms = new NameForms<>();

    PersonFinder(Identity identity) {
        List<String> people = new ArrayList<>();
        people.add(identity.realName());
        people.addAll(identity.mentionedPeople());
        for (int p = 0; p < people.size(); p++) {
            forms.rank(p);
        }
        for (int p = 0; p < people.size(); p++) {
            String name = people.get(p);
            if (name == null) {
                continue;
            }
            for (String word : Words.strings(OGLI.matcher(name).replaceAll(" "))) {
                // written lower-case they are particles (ibn, van den); capitalized they are names (Den, Ben, Al)
                if (!(PARTICLES.contains(word) && word.equals(word.toLowerCase(Locale.ROOT)))) {
                    forms.add(word, p);
                }
            }
        }
    }

    /** "A. B. Petrov": initials before a name go with it, or they would be left pointing at it. */
    private static int withInitials(String text, int start) {
        int at = start;
        for (int n = 0; n < 2; n++) {
            int p = at;
            if (p > 0 && text.charAt(p - 1) == ' ') {
                p--;
            }
            if (p >= 2 && text.charAt(p - 1) == '.' && Character.isUpperCase(text.charAt(p - 2))
                    && (p == 2 || !Character.isLetter(text.charAt(p - 3)))) {
                at = p - 2;
            } else {
                break;
            }
        }
        return at;
    }

    void find(String text, WordSpans words, Consumer<Candidate> out) {
        if (forms.isEmpty()) {
            return;
        }
        Candidate open = null;
        int previousEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            Integer person = forms.match(words.known(i).keys());
            if (person == null) {
                continue;
            }
            int start = words.start(i);
            int end = words.end(i);
            if (open != null && open.person() == person && previousEnd >= 0
                    && SPACES.matcher(text).region(previousEnd, start).matches()) {
                open = new Candidate(open.start(), end, Category.PERSON, "", person, false);
            } else {
                if (open != null) {
                    out.accept(open);
                }
                open = new Candidate(withInitials(text, start), end, Category.PERSON, "", person, false);
            }
            previousEnd = end;
        }
        if (open != null) {
            out.accept(open);
        }
    }
}
