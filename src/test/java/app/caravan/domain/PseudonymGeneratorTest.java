package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PseudonymGeneratorTest {
    private static final Pattern LATIN = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern CYRILLIC = Pattern.compile("[А-ЯЁІЄЇҐ][а-яёіїєґ']+");
    private final PseudonymGenerator generator = PseudonymGenerator.standard();

    @Test
    void everyListHasAtLeastFiftyDistinctNamesInBothScripts() {
        for (Background b : Background.values()) {
            for (Gender g : List.of(Gender.WOMAN, Gender.MAN)) {
                List<PseudonymGenerator.Name> names = generator.names(b, g);
                assertTrue(names.size() >= 50, b + " " + g + " has only " + names.size());
                Set<String> latinKeys = new HashSet<>();
                Set<String> cyrillicKeys = new HashSet<>();
                for (PseudonymGenerator.Name n : names) {
                    assertTrue(LATIN.matcher(n.latin()).matches(), b + " " + g + ": " + n);
                    assertTrue(CYRILLIC.matcher(n.cyrillic()).matches(), b + " " + g + ": " + n);
                    assertTrue(latinKeys.add(PersonNames.key(n.latin())), b + " " + g + " repeats " + n.latin());
                    assertTrue(cyrillicKeys.add(PersonNames.key(n.cyrillic())), b + " " + g + " repeats " + n.cyrillic());
                }
            }
        }
    }

    @Test
    void thousandsOfDrawsNeverRepeatANameAlreadyTakenAndEndClearly() {
        Random random = new Random(42);
        for (Background b : Background.values()) {
            for (Gender g : new Gender[] {Gender.WOMAN, Gender.MAN, null}) {
                Set<String> taken = new HashSet<>(PersonNames.keys("Тимур Рахимов"));
                taken.addAll(PersonNames.keys("Анна Петрова"));
                int available = (int) generator.names(b, g).stream().filter(n -> !n.isTaken(taken)).count();
                for (int draw = 0; draw < available; draw++) {
                    NameScript script = draw % 2 == 0 ? NameScript.LATIN : NameScript.CYRILLIC;
                    String proposed = generator.propose(b, g, script, taken, random);
                    Set<String> keys = PersonNames.keys(proposed);
                    assertFalse(taken.containsAll(keys), b + " " + g + " proposed the taken name " + proposed);
                    taken.addAll(keys);
                    // what the vault would then hold: the other spelling is taken too
                    generator.names(b, g).stream().filter(n -> n.in(script).equals(proposed))
                            .forEach(n -> taken.addAll(PersonNames.keys(n.latin() + " " + n.cyrillic())));
                }
                NamesExhaustedException e = assertThrows(NamesExhaustedException.class,
                        () -> generator.propose(b, g, NameScript.LATIN, taken, random));
                assertEquals(b, e.background());
                assertTrue(e.getMessage().contains("type a pseudonym"), e.getMessage());
            }
        }
    }

    @Test
    void aNameTakenInAnotherScriptOrSpellingIsNeverProposed() {
        Set<String> taken = new HashSet<>(PersonNames.keys("Николай Иванов"));
        taken.addAll(PersonNames.keys("Natalia"));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String russianMan = generator.propose(Background.RUSSIAN, Gender.MAN, taken, random);
            assertNotEquals("Nikolay", russianMan);
            String russianWoman = generator.propose(Background.RUSSIAN, Gender.WOMAN, NameScript.CYRILLIC, taken, random);
            assertNotEquals("Наталья", russianWoman);
        }
    }

    @Test
    void genderPicksTheListAndNoGenderDrawsFromBoth() {
        Set<String> female = new HashSet<>();
        generator.names(Background.GEORGIAN, Gender.WOMAN).forEach(n -> female.add(n.latin()));
        Set<String> male = new HashSet<>();
        generator.names(Background.GEORGIAN, Gender.MAN).forEach(n -> male.add(n.latin()));
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertTrue(female.contains(generator.propose(Background.GEORGIAN, Gender.WOMAN, Set.of(), random)));
            assertTrue(male.contains(generator.propose(Background.GEORGIAN, Gender.MAN, Set.of(), random)));
            seen.add(generator.propose(Background.GEORGIAN, Gender.NON_BINARY, Set.of(), random));
        }
        assertTrue(seen.stream().anyMatch(female::contains) && seen.stream().anyMatch(male::contains), seen.toString());
        assertEquals(generator.names(Background.GEORGIAN, null), generator.names(Background.GEORGIAN, Gender.OTHER));
    }
}
