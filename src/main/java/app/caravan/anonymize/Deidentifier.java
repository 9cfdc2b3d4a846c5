package app.caravan.anonymize;

import app.caravan.domain.Identity;
import app.caravan.domain.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Replaces identifying text with typed placeholders: people ({@code [PERSON-1]}, numbered
 * consistently within one text, the interviewee first), phones, e-mails, handles, URLs, street
 * addresses, exact dates (kept to the month: {@code [DATE 2022-10]}, or {@code [DATE 10]} when
 * no year is given) and, above the city level, the vocabulary's cities ({@code [CITY in
 * Uzbekistan]}). Editors' decisions are applied on top: MARK adds replacements, UNDO keeps one
 * automatic replacement's text.
 *
 * <p>When candidates overlap, the longest wins, then the earliest, then a MARKed one, then the
 * category listed first in {@link Category}; the result never has overlapping replacements and
 * is the same for the same input. An UNDO keeps the original text; a shorter candidate that
 * the undone one had covered is not revived.
 *
 * <p>Matching is deliberately loose (the safe direction): a name that is also a word (Вера,
 * Роман) is replaced as the word too. Nothing of the text is logged or put into exceptions.
 * One instance serves many texts and threads; it keeps the vocabulary's indexes and, in
 * memory only, bounded caches of words' comparison keys and of the last identities' name forms.
 */
public final class Deidentifier {
    /** Ids for people an editor MARKed start here, after any identity's people. */
    private static final int MARKED_PEOPLE = 1_000_000;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern DIGIT_OR_UNDERSCORE = Pattern.compile("[\\d_]");
    private static final Pattern NICKNAME = Pattern.compile("[\\p{L}\\p{N}_.@+-]+");

    private final Vocabulary vocabulary;
    private final PlaceLevel places;
    private final CityFinder cities;
    private final WordKeys wordKeys = new WordKeys();
    private static final int TERMS_LIMIT = 64;
    private final Map<Identity, Terms> terms = new java.util.concurrent.ConcurrentHashMap<>();

    public Deidentifier(Vocabulary vocabulary, PlaceLevel places) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.places = Objects.requireNonNull(places, "places");
        this.cities = new CityFinder(vocabulary, places);
    }

    /**
     * De-identifies one interview's text.
     *
     * @param identity whose names and contact to hide; null or {@link Identity#EMPTY} for none
     * @param decisions the editors' saved decisions for this text, applied in order; may be empty
     */
    public Deidentified deidentify(String text, Identity identity, List<Decision> decisions) {
        Objects.requireNonNull(text, "text");
        Identity who = identity == null ? Identity.EMPTY : identity;
        List<Decision> todo = decisions == null ? List.of() : decisions;
        List<Candidate> candidates = new ArrayList<>();
        WordSpans words = Words.spans(text);
        // folded once for all literal searches (contact items, marks), or not at all when there are none
        Terms terms = terms(who);
        String folded = terms.literals().isEmpty() && todo.stream().noneMatch(d -> d.kind() == Decision.Kind.MARK)
                ? text : Words.Folded.of(text);
        Windows.Triggers triggers = Windows.Triggers.of(text);
        ContactPatterns.find(text, triggers, candidates::add);
        for (Literal l : terms.literals()) {
            literal(text, folded, l.quote(), l.category(), candidates);
        }
        AddressPatterns.find(text, triggers.digits(), candidates::add);
        DatePatterns.find(text, triggers.digits(), candidates::add);
        wordKeys.knowAll(text, words);
        terms.people().find(text, words, candidates::add);
        cities.find(text, words, candidates::add);
        marks(text, folded, todo, candidates);

        List<Candidate> chosen = settle(candidates);
        for (Decision d : todo) {
            if (d.kind() == Decision.Kind.UNDO) {
                undo(text, d, chosen);
            }
        }
        return build(text, numberPeople(chosen));
    }

    /** What one identity makes searched for: its people, and its contact items to find verbatim. */
    private record Terms(PersonFinder people, List<Literal> literals) {
    }

    private record Literal(String quote, Category category) {
    }

    /**
     * The {@link Terms} of one identity, kept for the next texts: an interview's transcript and
     * its memos come one after another with the same identity, and preparing every form of every
     * name costs more than searching a memo. In memory only; emptied past {@link #TERMS_LIMIT}.
     */
    private Terms terms(Identity who) {
        Terms found = terms.get(who);
        if (found == null) {
            found = new Terms(new PersonFinder(who), literals(who.contact()));
            if (terms.size() >= TERMS_LIMIT) {
                terms.clear();
            }
            terms.put(who, found);
        }
        return found;
    }

    /** The contact field's e-mails, phones and handles, to be found verbatim, and a handle's bare name. */
    private static List<Literal> literals(String contact) {
        List<Literal> out = new ArrayList<>();
        if (contact.isBlank()) {
            return out;
        }
        for (Candidate c : ContactPatterns.in(contact)) {
            String item = contact.substring(c.start(), c.end());
            out.add(new Literal(item, c.category()));
            if (c.category() == Category.HANDLE) {
                String bare = item.substring(Math.max(item.lastIndexOf('/'), item.lastIndexOf('@')) + 1);
                if (bare.length() >= 4) {
                    out.add(new Literal(bare, Category.HANDLE));
                }
            }
        }
        // a bare nickname ("ivan_p", "vanya1990") is no pattern but still points at the person
        for (String token : SEPARATORS.split(contact)) {
            if (token.length() >= 4 && DIGIT_OR_UNDERSCORE.matcher(token).find() && NICKNAME.matcher(token).matches()) {
                out.add(new Literal(token, Category.HANDLE));
            }
        }
        return out;
    }

    private static void literal(String text, String folded, String quote, Category category, List<Candidate> out) {
        for (int[] at : Words.occurrences(text, folded, quote)) {
            out.add(Candidate.of(at[0], at[1], category, category.plainPlaceholder()));
        }
    }

    private void marks(String text, String folded, List<Decision> decisions, List<Candidate> out) {
        Map<String, Integer> markedPeople = new HashMap<>();
        for (Decision d : decisions) {
            if (d.kind() != Decision.Kind.MARK) {
                continue;
            }
            int person = -1;
            if (d.category() == Category.PERSON) {
                person = markedPeople.computeIfAbsent(d.quote().strip().toLowerCase(Locale.ROOT),
                        q -> MARKED_PEOPLE + markedPeople.size());
            }
            String placeholder = markedPlaceholder(d);
            for (int[] at : Words.occurrences(text, folded, d.quote())) {
                out.add(new Candidate(at[0], at[1], d.category(), placeholder, person, true));
            }
        }
    }

    private String markedPlaceholder(Decision d) {
        if (d.category() == Category.CITY) {
            return vocabulary.city(d.quote()).map(cities::placeholder).orElse(Category.CITY.plainPlaceholder());
        }
        if (d.category() == Category.DATE) {
            List<Candidate> dates = new ArrayList<>();
            DatePatterns.find(d.quote(), dates::add);
            return dates.size() == 1 ? dates.get(0).placeholder() : Category.DATE.plainPlaceholder();
        }
        return d.category().plainPlaceholder();
    }

    /** Longest first, then earliest, MARKed, category order; each taken only if it overlaps nothing taken. */
    private static List<Candidate> settle(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start)
                .thenComparing(c -> !c.marked())
                .thenComparing(Candidate::category)
                .thenComparingInt(Candidate::person));
        List<Candidate> chosen = new ArrayList<>();
        java.util.TreeMap<Integer, Candidate> taken = new java.util.TreeMap<>(); // by start; never overlapping
        for (Candidate c : order) {
            if (c.length() == 0) {
                continue;
            }
            var before = taken.floorEntry(c.start());
            var after = taken.ceilingEntry(c.start());
            if ((before == null || !c.overlaps(before.getValue())) && (after == null || !c.overlaps(after.getValue()))) {
                taken.put(c.start(), c);
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private static void undo(String text, Decision d, List<Candidate> chosen) {
        String quote = d.quote().strip();
        Candidate nearest = null;
        for (Candidate c : chosen) {
            if (!c.marked() && (d.category() == null || d.category() == c.category())
                    && text.substring(c.start(), c.end()).equals(quote)
                    && (nearest == null || distance(c, d) < distance(nearest, d))) {
                nearest = c;
            }
        }
        chosen.remove(nearest);
    }

    private static int distance(Candidate c, Decision d) {
        return Math.abs(c.start() - d.approximateStart());
    }

    /** The interviewee is PERSON-1 when present; everyone else is numbered by first appearance. */
    private static List<Candidate> numberPeople(List<Candidate> chosen) {
        Map<Integer, Integer> numbers = new HashMap<>();
        if (chosen.stream().anyMatch(c -> c.category() == Category.PERSON && c.person() == 0)) {
            numbers.put(0, 1);
        }
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (c.category() == Category.PERSON) {
                int n = numbers.computeIfAbsent(c.person(), p -> numbers.size() + 1);
                c = new Candidate(c.start(), c.end(), c.category(), "[PERSON-" + n + "]", c.person(), c.marked());
            }
            out.add(c);
        }
        return out;
    }

    private static Deidentified build(String text, List<Candidate> chosen) {
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> replacements = new ArrayList<>(chosen.size());
        int at = 0;
        for (Candidate c : chosen) {
            out.append(text, at, c.start()).append(c.placeholder());
            replacements.add(new Replacement(c.start(), c.end(), c.category(), c.placeholder()));
            at = c.end();
        }
        out.append(text, at, text.length());
        return new Deidentified(out.toString(), replacements);
    }
}
