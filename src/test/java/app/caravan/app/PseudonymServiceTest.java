package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Background;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.NameScript;
import app.caravan.domain.PersonNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymServiceTest {
    @TempDir
    Path temp;
    VaultSession session;
    Interview timur;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        timur = session.interviews().create("Timur");
        session.interviews().saveIdentity(timur.id(), new Identity("Ильдар Сафин", "+7 900 000 00 00",
                List.of("Николай Петров", "Gulnara")));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void proposalsAvoidEveryNameInTheVaultInAnySpelling() {
        Set<String> forbidden = Set.of("timur", "ildar", "nikolai", "gulnara", "safin", "petrov");
        for (int i = 0; i < 300; i++) {
            for (String name : List.of(session.pseudonyms().propose(Background.TATAR, Gender.MAN),
                    session.pseudonyms().propose(Background.RUSSIAN, Gender.MAN),
                    session.pseudonyms().propose(Background.TATAR, null, NameScript.CYRILLIC))) {
                assertTrue(java.util.Collections.disjoint(forbidden, PersonNames.keys(name)), name);
            }
        }
    }

    @Test
    void collisionsNameTheKindAndThePseudonymButNeverTheRealName() {
        Interview other = session.interviews().create("Aziz");

        List<NameCollision> real = session.pseudonyms().collisions("Ildar", other.id());
        List<NameCollision> mentioned = session.pseudonyms().collisions("Nikolai");
        List<NameCollision> several = session.pseudonyms().collisions("Гульнара Тимуровна Timur");

        assertEquals(List.of(new NameCollision(NameCollision.Kind.REAL_NAME, timur.id(), "Timur")), real);
        assertEquals(List.of(new NameCollision(NameCollision.Kind.MENTIONED_PERSON, timur.id(), "Timur")), mentioned);
        assertEquals(List.of(new NameCollision(NameCollision.Kind.MENTIONED_PERSON, timur.id(), "Timur"),
                new NameCollision(NameCollision.Kind.PSEUDONYM, timur.id(), "Timur")), several);
        for (NameCollision c : real) {
            assertFalse(c.toString().contains("Ильдар") || c.toString().contains("Ildar"), c.toString());
        }
    }

    @Test
    void anInterviewsOwnPseudonymIsNoClashButItsRealNameIs() {
        assertEquals(List.of(), session.pseudonyms().collisions("Timur", timur.id()));
        assertEquals(NameCollision.Kind.PSEUDONYM, session.pseudonyms().collisions("Timur").get(0).kind());
        assertEquals(NameCollision.Kind.REAL_NAME, session.pseudonyms().collisions("Ildar", timur.id()).get(0).kind());
        assertEquals(List.of(), session.pseudonyms().collisions("Rustem"));
        assertEquals(List.of(), session.pseudonyms().collisions("  "));
    }
}
