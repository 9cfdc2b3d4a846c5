package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.caravan.domain.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random names (in case forms, both scripts), phones, e-mails and handles injected
 * into random transcripts and given in the identity never survive de-identification.
 */
class DeidentifierPropertyTest {
    private static final String[] FILLER = ("мы приехали сюда осенью и сначала было трудно потом нашли работу "
            + "в кафе говорили о семье друзья помогали с жильём цены выросли банк закрыл карты после мобилизации "
            + "многие уехали we rented a flat near the bazaar and worked remotely for a company back home "
            + "the border was crowded our chat group helped with money and documents").split(" ");
    private static final int TRANSCRIPTS = 700;

    private final Deidentifier deid = new Deidentifier(Gazetteer.SEED, PlaceLevel.COUNTRY);
    private Random random = new Random(20221017);

    @Test
    void injectedIdentifiersNeverAppearInTheOutput() {
        for (long seed : new long[] {20221017, 2, 4}) {
            run(seed);
        }
    }

    private void run(long seed) {
        random = new Random(seed);
        RandomPeople people = new RandomPeople(random);
        String background = String.join(" ", FILLER).toLowerCase(Locale.ROOT) + " [person-] [phone] [email] [handle] "
                + "[url] [address] [date] [city in russia uzbekistan]";
        int names = 0;
        int contacts = 0;
        for (int t = 0; t < TRANSCRIPTS; t++) {
            List<RandomPeople.Person> persons = new ArrayList<>();
            List<String> spelled = new ArrayList<>();
            while (persons.size() < 1 + random.nextInt(6)) {
                RandomPeople.Person p = people.person();
                String spelling = p.spelled(random);
                // a name hidden inside the filler words could not be told apart from them
                if (tokens(spelling).stream().anyMatch(background::contains)) {
                    continue;
                }
                persons.add(p);
                spelled.add(spelling);
            }
            List<String> injected = new ArrayList<>();
            String ownPhone = phone();
            String ownEmail = email();
            Identity identity = new Identity(spelled.get(0), ownPhone + ", " + ownEmail,
                    spelled.subList(1, spelled.size()));
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 20 + random.nextInt(30); s++) {
                sentence(text);
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> {
                        RandomPeople.Person p = persons.get(random.nextInt(persons.size()));
                        List<RandomPeople.Word> words = p.words();
                        if (words.size() > 1 && random.nextBoolean()) {
                            String full = people.occurrence(words.get(0)) + " " + people.occurrence(words.get(1));
                            injected.add(full);
                            text.append(full);
                        } else {
                            String one = people.occurrence(words.get(random.nextInt(words.size())));
                            injected.add(one);
                            text.append(one);
                        }
                        names++;
                    }
                    case 3 -> text.append(add(injected, random.nextBoolean() ? ownPhone : phone()));
                    case 4 -> text.append(add(injected, random.nextBoolean() ? ownEmail : email()));
                    default -> text.append(add(injected, handle()));
                }
                contacts++;
                text.append(random.nextBoolean() ? ". " : ", ");
            }
            String output = deid.deidentify(text.toString(), identity, List.of()).text().toLowerCase(Locale.ROOT);
            for (String s : injected) {
                // bounded by non-letters: a short injected form like "rem" is also inside "remotely"
                if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(s.toLowerCase(Locale.ROOT)) + "(?!\\p{L})").matcher(output).find()) {
                    fail("seed " + seed + ", transcript " + t + ": injected \"" + s + "\" (people " + spelled + ") survived in: " + output);
                }
            }
            for (String spelling : spelled) {
                for (String token : tokens(spelling)) {
                    if (output.contains(token)) {
                        fail("seed " + seed + ", transcript " + t + ": name token \"" + token + "\" survived in: " + output);
                    }
                }
            }
            for (String contact : List.of(ownPhone, ownEmail)) {
                assertTrue(!output.contains(contact.toLowerCase(Locale.ROOT)), contact);
            }
        }
        assertTrue(names > 3 * TRANSCRIPTS, "names injected: " + names);
        assertTrue(contacts > 10 * TRANSCRIPTS, "things injected: " + contacts);
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        RandomPeople people = new RandomPeople(random);
        RandomPeople.Person p = people.person();
        Identity id = new Identity(p.spelled(random), "", List.of());
        String text = "Говорил с " + people.occurrence(p.words().get(0)) + " по телефону " + phone();
        assertEquals(deid.deidentify(text, id, List.of()), deid.deidentify(text, id, List.of()));
    }

    private static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Words.strings(name)) {
            if (w.length() >= 3) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String add(List<String> injected, String s) {
        injected.add(s);
        return s;
    }

    private void sentence(StringBuilder text) {
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
    }

    private String phone() {
        return new RandomContacts(random).phone();
    }

    private String email() {
        return new RandomContacts(random).email();
    }

    private String handle() {
        return new RandomContacts(random).handle();
    }
}
