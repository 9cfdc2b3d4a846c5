package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random Russian-looking names with their case forms, and Latin transliterations in the
 * spellings people actually use (й as i/y/j, х as kh/h/x, ж as zh/j, ц as ts/c, я as ya/ia …).
 */
final class RandomPeople {
    private static final String CONSONANTS = "бвгдзклмнпрстфхцчшж";
    private static final String VOWELS = "аоиуея";
    private static final String FINALS = "рнлмсдтк";
    private static final Map<Character, String[]> LATIN = Map.ofEntries(
            Map.entry('а', new String[] {"a"}), Map.entry('б', new String[] {"b"}), Map.entry('в', new String[] {"v"}),
            Map.entry('г', new String[] {"g"}), Map.entry('д', new String[] {"d"}), Map.entry('е', new String[] {"e", "ye"}),
            Map.entry('ж', new String[] {"zh", "j"}), Map.entry('з', new String[] {"z"}), Map.entry('и', new String[] {"i"}),
            Map.entry('й', new String[] {"i", "y", "j"}), Map.entry('к', new String[] {"k"}), Map.entry('л', new String[] {"l"}),
            Map.entry('м', new String[] {"m"}), Map.entry('н', new String[] {"n"}), Map.entry('о', new String[] {"o"}),
            Map.entry('п', new String[] {"p"}), Map.entry('р', new String[] {"r"}), Map.entry('с', new String[] {"s"}),
            Map.entry('т', new String[] {"t"}), Map.entry('у', new String[] {"u"}), Map.entry('ф', new String[] {"f"}),
            Map.entry('х', new String[] {"kh", "h", "x"}), Map.entry('ц', new String[] {"ts", "c"}),
            Map.entry('ч', new String[] {"ch"}), Map.entry('ш', new String[] {"sh"}), Map.entry('ы', new String[] {"y"}),
            Map.entry('ю', new String[] {"yu", "iu"}), Map.entry('я', new String[] {"ya", "ia"}));

    /** A name word in the nominative and its other case forms. */
    record Word(String nominative, List<String> forms) {
    }

    /** A person: the words of the name, and whether it is written in Latin in the identity. */
    record Person(List<Word> words, boolean latin) {
        String spelled(Random random) {
            StringBuilder out = new StringBuilder();
            for (Word w : words) {
                out.append(out.length() == 0 ? "" : " ").append(latin ? RandomPeople.latin(w.nominative(), random) : w.nominative());
            }
            return out.toString();
        }
    }

    private final Random random;

    RandomPeople(Random random) {
        this.random = random;
    }

    Person person() {
        boolean female = random.nextBoolean();
        List<Word> words = new ArrayList<>();
        words.add(given(female));
        if (random.nextInt(4) > 0) {
            words.add(surname(female));
        }
        return new Person(words, random.nextInt(3) == 0);
    }

    /** One case form of a word, in Cyrillic or a random Latin spelling, randomly capitalized. */
    String occurrence(Word w) {
        String form = w.forms().get(random.nextInt(w.forms().size()));
        String text = random.nextInt(3) == 0 ? latin(form, random) : form;
        return switch (random.nextInt(4)) {
            case 0 -> text.toLowerCase(java.util.Locale.ROOT);
            case 1 -> text.toUpperCase(java.util.Locale.ROOT);
            default -> text;
        };
    }

    private Word given(boolean female) {
        String stem = syllables(1 + random.nextInt(2)) + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
        if (female) {
            if (random.nextBoolean()) {
                return new Word(cap(stem + "а"), cap(stem, "а", "ы", "е", "у", "ой"));
            }
            return new Word(cap(stem + "ия"), cap(stem, "ия", "ии", "ию", "ией"));
        }
        return switch (random.nextInt(3)) {
            case 0 -> new Word(cap(stem + "ий"), cap(stem, "ий", "ия", "ию", "ием", "ии"));
            case 1 -> new Word(cap(stem + "ай"), cap(stem, "ай", "ая", "аю", "аем", "ае"));
            default -> {
                String name = stem.substring(0, stem.length() - 1) + FINALS.charAt(random.nextInt(FINALS.length()));
                yield new Word(cap(name), cap(name, "", "а", "у", "ом", "е"));
            }
        };
    }

    private Word surname(boolean female) {
        String stem = syllables(2) + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))
                + new String[] {"ов", "ев", "ин"}[random.nextInt(3)];
        return female ? new Word(cap(stem + "а"), cap(stem, "а", "ой", "у"))
                : new Word(cap(stem), cap(stem, "", "а", "у", "ым", "е"));
    }

    private String syllables(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return out.toString();
    }

    private static List<String> cap(String stem, String... endings) {
        List<String> forms = new ArrayList<>();
        for (String e : endings) {
            forms.add(cap(stem + e));
        }
        return forms;
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String latin(String cyrillic, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            String[] options = LATIN.get(Character.toLowerCase(c));
            String s = options == null ? String.valueOf(c) : options[random.nextInt(options.length)];
            // й before a vowel would read as another letter; keep the common spelling there
            out.append(Character.isUpperCase(c) && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
        }
        return out.toString();
    }
}
