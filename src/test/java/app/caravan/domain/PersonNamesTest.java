package app.caravan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void spellingsOfOneNameShareAKey() {
        for (List<String> spellings : List.of(
                List.of("Nikolay", "Nikolai", "Николай"),
                List.of("Natalya", "Natalia", "Наталья", "Nataliya"),
                List.of("Alexei", "Aleksey", "Alexey", "Алексей"),
                List.of("Yevgeny", "Evgeniy", "Евгений", "Evgeny"),
                List.of("Jasur", "Жасур", "Dzhasur"),
                List.of("Khaidar", "Хайдар", "Haidar"),
                List.of("Philipp", "Filipp", "Филипп", "Filip"),
                List.of("Айгуль", "Aigul", "Aygul", "Айгүл"),
                List.of("Ерлан", "Yerlan", "Erlan"))) {
            String key = PersonNames.key(spellings.get(0));
            for (String s : spellings) {
                assertEquals(key, PersonNames.key(s), spellings + ": " + s);
            }
        }
        assertNotEquals(PersonNames.key("Marina"), PersonNames.key("Maria"));
    }

    @Test
    void everyWordCountsButInitialsDoNot() {
        assertEquals(Set.of("timur", "rahimov"), PersonNames.keys("Тимур Рахимов"));
        assertEquals(Set.of("ana", "petrova"), PersonNames.keys("A. Anna  Petrova"));
        assertEquals(Set.of("mariana"), PersonNames.keys("Мар'яна"));
        assertEquals(Set.of(), PersonNames.keys(" - "));
        assertEquals(Set.of(), PersonNames.keys(null));
    }
}
