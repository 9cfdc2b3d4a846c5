package app.caravan.anonymize;

import app.caravan.domain.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeded transcripts into which {@link RandomPeople} names (Russian case forms, Latin spellings,
 * random capitalization), phones, e-mails and handles are injected, with the identity that names
 * them: the generator of {@link DeidentifierPropertyTest}, public for end-to-end tests elsewhere.
 */
public final class Injections {
    /** Words the transcripts are made of besides the injections. */
    public static final List<String> FILLER = List.of(("мы приехали сюда осенью и сначала было трудно потом нашли"
            + " работу в кафе говорили о семье друзья помогали с жильём цены выросли банк закрыл карты после"
            + " мобилизации многие уехали we rented a flat near the bazaar and worked remotely for a company back"
            + " home the border was crowded our chat group helped with money and documents").split(" "));

    /**
     * One generated interview's text.
     *
     * @param injected every injected string, exactly as it occurs in {@code transcript} or {@code memos}
     * @param nameTokens the lower-case words (3 letters or more) of every name the identity gives
     */
    public record Text(String transcript, List<String> memos, Identity identity, List<String> injected,
            List<String> nameTokens) {
    }

    private final Random random;
    private final RandomPeople people;
    private final Predicate<String> taken;

    /**
     * @param taken true for a lower-case name token that must not be used because ordinary text of
     *     the export already holds it (a name hidden inside such words could not be told apart)
     */
    private final RandomContacts contacts;

    public Injections(long seed, Predicate<String> taken) {
        this.random = new Random(seed);
        this.people = new RandomPeople(random);
        this.contacts = new RandomContacts(random);
        this.taken = taken;
    }

    public Random random() {
        return random;
    }

    /** A transcript of {@code sentences} filler sentences, each followed by an injection, and {@code memos} memos. */
    public Text next(int sentences, int memos) {
        List<RandomPeople.Person> persons = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int wanted = 1 + random.nextInt(5);
        while (persons.size() < wanted) {
            RandomPeople.Person p = people.person();
            String spelling = p.spelled(random);
            List<String> own = tokens(spelling);
            boolean clash = own.stream().anyMatch(taken);
            for (RandomPeople.Word w : p.words()) {
                clash |= w.forms().stream().anyMatch(f -> taken.test(f.toLowerCase(Locale.ROOT)));
            }
            if (clash) {
                continue;
            }
            persons.add(p);
            spelled.add(spelling);
            tokens.addAll(own);
        }
        List<String> injected = new ArrayList<>();
        String ownPhone = phone();
        String ownEmail = email();
        Identity identity = new Identity(spelled.get(0), ownPhone + ", " + ownEmail, spelled.subList(1, spelled.size()));
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            sentence(text);
            text.append(inject(persons, injected, ownPhone, ownEmail));
            text.append(random.nextBoolean() ? ". " : ", ");
        }
        List<String> memoTexts = new ArrayList<>();
        for (int m = 0; m < memos; m++) {
            StringBuilder memo = new StringBuilder("memo ");
            sentence(memo);
            memo.append(inject(persons, injected, ownPhone, ownEmail));
            memoTexts.add(memo.toString());
        }
        return new Text(text.toString(), memoTexts, identity, injected, tokens);
    }

    private String inject(List<RandomPeople.Person> persons, List<String> injected, String ownPhone, String ownEmail) {
        String s = switch (random.nextInt(6)) {
            case 0, 1, 2 -> {
                List<RandomPeople.Word> words = persons.get(random.nextInt(persons.size())).words();
                String name;
                do { // a Latin spelling may turn out an ordinary word of the export ("Not", "For")
                    name = words.size() > 1 && random.nextBoolean()
                            ? people.occurrence(words.get(0)) + " " + people.occurrence(words.get(1))
                            : people.occurrence(words.get(random.nextInt(words.size())));
                } while (tokens(name).stream().anyMatch(taken));
                yield name;
            }
            case 3 -> random.nextBoolean() ? ownPhone : phone();
            case 4 -> random.nextBoolean() ? ownEmail : email();
            default -> handle();
        };
        injected.add(s);
        return s;
    }

    /** The lower-case words of 3 letters or more of a name. */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Words.strings(name)) {
            if (w.length() >= 3) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private void sentence(StringBuilder text) {
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            text.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
    }

    private String phone() {
        return contacts.phone();
    }

    private String email() {
        return contacts.email();
    }

    private String handle() {
        return contacts.handle();
    }
}
