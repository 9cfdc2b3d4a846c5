package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.caravan.domain.Identity;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeidentifiedMappingTest {
    private static final String TEXT = "Николай Петров: звоните +7 900 123-45-67 или ivan@mail.ru. "
            + "17.10.2022 уехал из Москвы в Ташкент, живёт на ул. Навои, 5. Канал t.me/relocants, сайт www.example.org."
            + " Николаю помог @masha_k; Петровым и Марии тоже.";

    private final Deidentified d = new Deidentifier(Gazetteer.SEED, PlaceLevel.COUNTRY)
            .deidentify(TEXT, new Identity("Николай Петров", "", List.of("Мария")), List.of());

    @Test
    void everyCategoryIsPresentSoTheMappingIsExercised() {
        assertEquals(List.of(Category.values()), List.copyOf(d.counts().keySet()));
    }

    @Test
    void offsetsOutsideReplacementsShiftAndInsideSnapToThePlaceholder() {
        Replacement first = d.replacements().get(0);
        assertEquals(0, d.mapStart(0));
        assertEquals(0, d.mapStart(first.start() + 1));
        assertEquals(first.placeholder().length(), d.mapEnd(first.start() + 1));
        assertEquals(first.placeholder().length(), d.mapStart(first.end()));
        assertEquals(d.text().length(), d.mapEnd(TEXT.length()));
        assertEquals(d.text().length(), d.mapStart(TEXT.length()));
    }

    @Test
    void randomSpansMapOntoTheSpanWithReplacementsApplied() {
        Random random = new Random(6);
        for (int i = 0; i < 20_000; i++) {
            int a = random.nextInt(TEXT.length() + 1);
            int b = a + random.nextInt(TEXT.length() - a + 1);
            assertEquals(expected(a, b), d.text().substring(d.mapStart(a), d.mapEnd(b)), "[" + a + ", " + b + ")");
        }
    }

    @Test
    void noReplacementsMeansIdentity() {
        Deidentified plain = new Deidentified("abc", List.of());
        for (int i = 0; i <= 3; i++) {
            assertEquals(i, plain.mapStart(i));
            assertEquals(i, plain.mapEnd(i));
        }
    }

    /** The original span, every replacement it touches written out in full; computed char by char. */
    private String expected(int a, int b) {
        StringBuilder out = new StringBuilder();
        for (Replacement r : d.replacements()) {
            if (a == b && r.start() < a && a < r.end()) {
                return r.placeholder();
            }
        }
        int i = a;
        while (i < b) {
            Replacement covering = null;
            for (Replacement r : d.replacements()) {
                if (r.start() <= i && i < r.end()) {
                    covering = r;
                }
            }
            if (covering == null) {
                out.append(TEXT.charAt(i));
                i++;
            } else {
                out.append(covering.placeholder());
                i = covering.end();
            }
        }
        return out.toString();
    }
}
