package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Identity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeidentifierTest {
    private final Deidentifier deid = new Deidentifier(Gazetteer.SEED, PlaceLevel.COUNTRY);

    private String run(String text, Identity identity, Decision... decisions) {
        return deid.deidentify(text, identity, List.of(decisions)).text();
    }

    private String run(String text) {
        return run(text, Identity.EMPTY);
    }

    private static Identity named(String realName, String... mentioned) {
        return new Identity(realName, "", List.of(mentioned));
    }

    @Test
    void interviewee() {
        Identity id = named("Николай Петров");
        assertEquals("Меня зовут [PERSON-1].", run("Меня зовут Николай Петров.", id));
        assertEquals("у [PERSON-1] и к [PERSON-1]", run("у Николая и к Петрову", id));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1], [PERSON-1]", run("Николаю, Николаем, Николае, николай", id));
        assertEquals("с [PERSON-1] и [PERSON-1]", run("с Петровым и Петровой", id));
        assertEquals("[PERSON-1] said hi to [PERSON-1]", run("Nikolai said hi to Nikolay Petrov", id));
        assertEquals("[PERSON-1], [PERSON-1]", run("Nikolaj, Nikolaya", id));
    }

    @Test
    void russianInflectionsOfFemaleNames() {
        Identity id = named("Мария Иванова", "Анна", "Наталья Сергеевна Кузнецова");
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1], [PERSON-1]", run("Марии, Марию, Марией, Мария", id));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1], [PERSON-1], [PERSON-1]", run("Анны, Анне, Анну, Анной, Anna", id));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1]", run("Ивановой, Иванову, Ivanova", id));
        assertEquals("[PERSON-1]: [PERSON-1]", run("Натальи Сергеевны: Кузнецовой", named("", "Наталья Сергеевна Кузнецова")));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1]", run("Натальей, Natalia, Natalya", named("Наталья")));
    }

    @Test
    void softSignsFleetingVowelsAndIyEndings() {
        assertEquals("у [PERSON-1], с [PERSON-1], [PERSON-1]", run("у Игоря, с Игорем, Igor", named("Игорь")));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1]", run("Павла, Павлу, Павлом", named("Павел")));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1], [PERSON-1]", run("Дмитрия, Дмитрию, Дмитрием, Dmitry", named("Дмитрий")));
        assertEquals("[PERSON-1], [PERSON-1]", run("Достоевского, Достоевской", named("Достоевский")));
        assertEquals("[PERSON-1] и [PERSON-1]", run("Льва и Львом", named("Лев")));
        assertEquals("[PERSON-1], [PERSON-1]", run("Фёдора, Fyodor", named("Фёдор")));
    }

    @Test
    void latinNamesFoundInCyrillicAndBack() {
        assertEquals("[PERSON-1] и [PERSON-1]", run("Джону и Смиту", named("John Smith")));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1]", run("Хуршид, Xurshid, Khurshid", named("Xurshid")));
        assertEquals("[PERSON-1], [PERSON-1]", run("Цветков, Cvetkov", named("Tsvetkov")));
        assertEquals("[PERSON-1], [PERSON-1], [PERSON-1]", run("Yulia, Iulia, Юлии", named("Юлия")));
        assertEquals("[PERSON-1], [PERSON-1]", run("Жасур, Jasur", named("Dzhasur")));
    }

    @Test
    void wordsThatOnlyStartWithANameStay() {
        assertEquals("в январе [PERSON-1] и [PERSON-1]", run("в январе Ян и Яна", named("Ян")));
        assertEquals("Марина и Мариам", run("Марина и Мариам", named("Мария")));
        assertEquals("Анатолий, банан, Анастасия", run("Анатолий, банан, Анастасия", named("Анна")));
        assertEquals("Иванов и Ивановский", run("Иванов и Ивановский", named("Иван")));
        assertEquals("игра и игорный", run("игра и игорный", named("Игорь")));
        assertEquals("an apple, and Ana", run("an apple, and Ana", Identity.EMPTY));
        assertEquals("an apple and [PERSON-1]", run("an apple and Ana", named("Анна")));
    }

    @Test
    void peopleAreNumberedIntervieweeFirstThenByAppearance() {
        Identity id = named("Тимур Рахимов", "Ольга", "Сергей Петров");
        Deidentified d = deid.deidentify("Сергей звонил Ольге. Тимур ответил Сергею, а Ольга молчала.", id, List.of());
        assertEquals("[PERSON-2] звонил [PERSON-3]. [PERSON-1] ответил [PERSON-2], а [PERSON-3] молчала.", d.text());
        assertEquals(Map.of(Category.PERSON, 5), d.counts());
        assertEquals("[PERSON-1] и [PERSON-2]", run("Ольга и Сергей", id));
        // a family name two people share belongs to the first of them
        assertEquals("[PERSON-1], [PERSON-2]", run("Анна Ким, Олег", named("Анна Ким", "Олег Ким")));
    }

    @Test
    void namesSplitAcrossLinesAreTwoReplacements() {
        Deidentified d = deid.deidentify("Николай\nПетров", named("Николай Петров"), List.of());
        assertEquals("[PERSON-1]\n[PERSON-1]", d.text());
        assertEquals(2, d.replacements().size());
    }

    @Test
    void phones() {
        for (String phone : List.of("+7 900 123-45-67", "+998(90)1234567", "8 (912) 345 67 89", "12-34-56", "123-45-67",
                "+7-900-123-45-67", "89001234567", "+995 555 12 34 56", "+1 (415) 555-0134", "+99890 123 45 67",
                "(371) 234-56-78")) {
            assertEquals("тел. [PHONE], звони", run("тел. " + phone + ", звони"), phone);
        }
        assertEquals("тел. [PHONE] 10 раз", run("тел. 12-34-56 10 раз"));
    }

    @Test
    void numbersThatAreNotPhones() {
        for (String text : List.of("в 2022 году", "300 000 человек", "1 000 000 рублей", "2021-2022", "2019 2020 2021",
                "в 14:30", "ставка 12.5", "номер 12345", "с 1990 по 2000", "3 раза", "код 1234567")) {
            assertEquals(text, run(text), text);
        }
    }

    @Test
    void emailsHandlesAndUrls() {
        assertEquals("пиши на [EMAIL].", run("пиши на ivan.petrov+news@mail.ru."));
        assertEquals("[EMAIL] и [EMAIL]", run("a_b@gmail.com и почта@пример.рф"));
        assertEquals("в телеге [HANDLE], инста [HANDLE]", run("в телеге @ivan_p99, инста @masha.k"));
        assertEquals("канал [HANDLE] и [HANDLE]", run("канал t.me/relocation_chat и https://instagram.com/masha.k"));
        assertEquals("см. [URL], [URL] и [URL].", run("см. https://example.org/a?b=1, www.relocate.ge и hostel-bukhara.uz."));
        assertEquals("[URL]", run("http://10.0.0.1:8080/x"));
        assertEquals("т.е. так, и т.д.", run("т.е. так, и т.д."));
        assertEquals("email me @ noon", run("email me @ noon"));
    }

    @Test
    void contactFieldIsFoundVerbatimAndAsBareNickname() {
        Identity id = new Identity("", "tg @vanya_1990, +7 900 000-11-22, vanya.p@yandex.ru", List.of());
        assertEquals("ник [HANDLE], почта [EMAIL], [PHONE]",
                run("ник vanya_1990, почта VANYA.P@yandex.ru, +7 900 000-11-22", id));
    }

    @Test
    void addresses() {
        assertEquals("живу на [ADDRESS], рядом", run("живу на ул. Ленина, 5, рядом"));
        assertEquals("[ADDRESS], там", run("улица Навои 12, кв. 4, там"));
        assertEquals("на [ADDRESS] был", run("на проспекте Мира д. 7 был"));
        assertEquals("at [ADDRESS] now", run("at 12 Rustaveli Ave now"));
        assertEquals("on [ADDRESS].", run("on Amir Temur street 15."));
        assertEquals("[ADDRESS]", run("Navoi ko'chasi 3"));
        assertEquals("улица была пустой", run("улица была пустой"));
        String prose = "мы долго говорили о работе и о семье, ".repeat(20);
        assertEquals("[ADDRESS], " + prose + "[ADDRESS]", run("проспект Мира 7, " + prose + "ул. Ленина, 5"));
        assertEquals("on the street 5 times", run("on the street 5 times"));
    }

    @Test
    void exactDatesKeepTheirMonth() {
        assertEquals("[DATE 2022-10]", run("17.10.2022"));
        assertEquals("уехал [DATE 2022-10] года", run("уехал 17 октября 2022 года"));
        assertEquals("[DATE 10] я", run("17-го октября я"));
        assertEquals("on [DATE 2022-10] we", run("on October 17, 2022 we"));
        assertEquals("[DATE 2022-09]", run("2022-09-24"));
        assertEquals("[DATE 2022-03] и [DATE 2022-05]", run("1 марта 2022 и 9 мая 2022"));
        assertEquals("the [DATE 2022-09]", run("the 21st of September 2022"));
        assertEquals("[DATE 2022-02]", run("24.02.22"));
    }

    @Test
    void yearsAndMonthsAloneStay() {
        for (String text : List.of("в 2022 году", "в октябре", "in October 2022", "October", "May I come", "в мае 2022",
                "32.10.2022 не дата", "99 мая", "глава 17")) {
            assertEquals(text, run(text), text);
        }
    }

    @Test
    void citiesByPlaceLevel() {
        String text = "Из Москвы в Ташкент, потом в Бишкеке и Toshkent, затем Санкт-Петербурге.";
        assertEquals("Из [CITY in Russia] в [CITY in Uzbekistan], потом в [CITY in Kyrgyzstan] и [CITY in Uzbekistan],"
                + " затем [CITY in Russia].", run(text));
        Deidentifier regions = new Deidentifier(Gazetteer.SEED, PlaceLevel.REGION);
        assertEquals("из [CITY in Russia] в [CITY in Central Asia]",
                regions.deidentify("из Ростова-на-Дону в Samarkand", Identity.EMPTY, List.of()).text());
        Deidentifier keep = new Deidentifier(Gazetteer.SEED, PlaceLevel.CITY);
        assertEquals(text, keep.deidentify(text, Identity.EMPTY, List.of()).text());
        assertEquals("in [CITY in Russia] and [CITY in Georgia] and [CITY in Armenia]",
                run("in St. Petersburg and თბილისი and Еревана"));
        assertEquals("в [CITY in Uzbekistan] и [CITY in Kazakhstan]", run("в Farg'ona и Алма-Ате"));
    }

    @Test
    void undoKeepsTheNearestOccurrenceOnly() {
        Identity id = named("Роман");
        String text = "Роман читал роман. Роман ушёл.";
        assertEquals("[PERSON-1] читал роман. [PERSON-1] ушёл.", run(text, id, Decision.undo("роман", 13)));
        assertEquals("[PERSON-1] читал [PERSON-1]. Роман ушёл.", run(text, id, Decision.undo("Роман", 25)));
        assertEquals(text, run(text, Identity.EMPTY, Decision.undo("роман", 13)));
        // category filter: a PHONE undo leaves a PERSON alone
        assertEquals("[PERSON-1]", run("Роман", id, new Decision(Decision.Kind.UNDO, Category.PHONE, "Роман", 0)));
    }

    @Test
    void markAddsReplacementsAndNewPeople() {
        Identity id = named("Тимур");
        String out = run("Тимур и Бобур, Бобур и дядя Миша, Hotel Nur.", id,
                Decision.mark(Category.PERSON, "Бобур"), Decision.mark(Category.PERSON, "дядя Миша"),
                Decision.mark(Category.ADDRESS, "hotel nur"));
        assertEquals("[PERSON-1] и [PERSON-2], [PERSON-2] и [PERSON-3], [ADDRESS].", out);
        assertEquals("Ниш и [CITY in Uzbekistan], нишевый", run("Ниш и Бухара, нишевый", Identity.EMPTY,
                Decision.mark(Category.CITY, "Bukhara")).replace("[CITY in Uzbekistan], нишевый", "[CITY in Uzbekistan], нишевый"));
        assertEquals("в [CITY]", run("в Ниш", Identity.EMPTY, Decision.mark(Category.CITY, "Ниш")));
        assertEquals("[DATE 2022-10]", run("Oct 5th 2022", Identity.EMPTY, Decision.mark(Category.DATE, "Oct 5th 2022")));
    }

    @Test
    void longestReplacementWinsAndNothingOverlaps() {
        Identity id = named("Навои");
        Deidentified d = deid.deidentify("улица Навои 12 и Навои", id, List.of());
        assertEquals("[ADDRESS] и [PERSON-1]", d.text());
        Deidentified email = deid.deidentify("ivan@mail.ru", named("Ivan"), List.of());
        assertEquals("[EMAIL]", email.text());
        // a MARK shorter than an automatic match inside it loses to the longer one
        assertEquals("[EMAIL]", run("ivan@mail.ru", Identity.EMPTY, Decision.mark(Category.PERSON, "ivan")));
    }

    @Test
    void countsAndPlaceholdersInNewCoordinates() {
        Deidentified d = deid.deidentify("Ольга: +7 900 123-45-67, ольга@mail.ru", named("Ольга"), List.of());
        assertEquals("[PERSON-1]: [PHONE], [EMAIL]", d.text());
        assertEquals(Map.of(Category.PERSON, 1, Category.PHONE, 1, Category.EMAIL, 1), d.counts());
        for (Replacement p : d.placeholders()) {
            assertEquals(p.placeholder(), d.text().substring(p.start(), p.end()));
        }
    }

    @Test
    void originalTextNeverInExceptionsOrToString() {
        Decision secret = Decision.mark(Category.PERSON, "Николай Секретов");
        assertFalse(secret.toString().contains("Секретов"));
        Deidentified d = deid.deidentify("Николай Секретов", named("Николай Секретов"), List.of());
        assertFalse(d.toString().contains("Секретов"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Deidentified("x", List.of(new Replacement(0, 1, Category.PHONE, "a"),
                        new Replacement(0, 1, Category.PHONE, "b"))));
        assertTrue(e.getMessage().contains("overlap"));
        assertThrows(IllegalArgumentException.class, () -> new Decision(Decision.Kind.MARK, null, "x", 0));
        assertThrows(IllegalArgumentException.class, () -> Decision.undo(" ", 0));
    }

    @Test
    void findsEverythingDeepInsideLongProse() {
        String prose = "мы долго говорили о работе и о семье, ".repeat(200);
        String url = "https://example.org/" + "a".repeat(300) + "?q=1";
        String text = prose + "звони +7 900 123-45-67 " + prose + "ул. Ленина, 5 " + prose + "17.10.2022 " + prose
                + url + " " + prose + "me@x.io";
        String expected = prose + "звони [PHONE] " + prose + "[ADDRESS] " + prose + "[DATE 2022-10] " + prose + "[URL] "
                + prose + "[EMAIL]";
        assertEquals(expected, run(text));
    }

    @Test
    void edgeCases() {
        assertEquals("", run("", named("Николай")));
        assertEquals(" \n ", run(" \n ", named("Николай")));
        assertEquals("[PERSON-1] и [PERSON-1]", run("Анна-Мария и Марии", named("Анна-Мария")));
        assertEquals("[PERSON-1] said", run("A. Petrov said", named("A. Petrov")));
        assertEquals("A said", run("A said", named("A. Petrov")));
        assertEquals("[PERSON-1] and [PERSON-2], van der", run("Den and Ben, van der", named("Den", "Ben van der Berg")));
        assertEquals("это [PERSON-1]: Ok. [PERSON-1]", run("это Н.П. Петров: Ok. Петров", named("Николай Петров")));
        assertEquals("[PERSON-1] ЗВОНИЛ [PERSON-1]", run("НИКОЛАЙ ЗВОНИЛ НИКОЛАЮ", named("николай")));
        assertEquals("nothing here", run("nothing here", named("Николай"), Decision.undo("Николай", 3),
                Decision.mark(Category.PERSON, "Бобур")));
        assertEquals("[PERSON-1] ibn [PERSON-1]", run("Ali ibn Sina", named("Ali ibn Sina")));
        assertEquals("[PERSON-1] o'g'li, ли", run("Rustam o'g'li, ли", named("Rustam o'g'li")));
        Deidentified none = deid.deidentify("Тест", null, null);
        assertEquals("Тест", none.text());
        assertEquals(Map.of(), none.counts());
    }

    @Test
    void deterministic() {
        Identity id = named("Анна Ким", "Ким Ли");
        String text = "Ким и Анна, Ли, Ким Ли, 17.10.2022, @kim_lee";
        assertEquals(deid.deidentify(text, id, List.of()), deid.deidentify(text, id, List.of()));
    }
}
