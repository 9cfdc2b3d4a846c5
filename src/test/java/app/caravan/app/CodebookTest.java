package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the hierarchical codebook: rename, recolor, nest, merge. */
class CodebookTest {
    @TempDir
    Path temp;
    VaultSession session;
    VocabularyService vocabulary;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        vocabulary = session.vocabulary();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void renameRecolorAndNestKeepKeysAndRefuseCycles() {
        Theme parent = vocabulary.addTheme("Bureaucracy", null, "#112233");
        Theme child = vocabulary.addTheme("Residence permits", parent.key(), null);
        Theme grandchild = vocabulary.addTheme("Patent for work", child.key(), null);

        assertEquals("Paperwork", vocabulary.renameTheme(parent.key(), " Paperwork ").name());
        assertEquals("#aa00ff", vocabulary.recolorTheme(parent.key(), "#aa00ff").color());
        assertThrows(IllegalArgumentException.class, () -> vocabulary.recolorTheme(parent.key(), "purple"));
        assertThrows(IllegalArgumentException.class, () -> vocabulary.renameTheme(child.key(), "paperwork"));
        assertThrows(IllegalArgumentException.class, () -> vocabulary.moveTheme(parent.key(), grandchild.key()));
        assertThrows(IllegalArgumentException.class, () -> vocabulary.moveTheme(parent.key(), parent.key()));
        assertThrows(NotFoundException.class, () -> vocabulary.moveTheme(parent.key(), "nope"));
        assertThrows(NotFoundException.class, () -> vocabulary.renameTheme("nope", "x"));

        assertEquals(null, vocabulary.moveTheme(grandchild.key(), null).parentKey());
        assertEquals(child.key(), vocabulary.moveTheme(grandchild.key(), child.key()).parentKey());
        Theme stored = vocabulary.current().themesByKey().get(parent.key());
        assertEquals(new Theme(parent.key(), "Paperwork", null, "#aa00ff", ""), stored);
    }

    @Test
    void mergingRecodesEveryCodingOnceAndMovesTheChildren() {
        Theme from = vocabulary.addTheme("Money", null, null);
        Theme fromChild = vocabulary.addTheme("Cards stopped working", from.key(), null);
        Theme into = vocabulary.addTheme("Banks and sanctions", null, null);
        Interview a = coded("A", List.of(from.key(), into.key()), List.of(from.key(), "remote-work"));
        Interview b = coded("B", List.of(from.key()), List.of(into.key(), from.key()));
        Interview untouched = coded("C", List.of("remote-work"), List.of("remote-work"));

        int recoded = vocabulary.mergeThemes(from.key(), into.key());

        assertEquals(4, recoded);
        assertEquals(List.of(into.key()), session.interviews().get(a.id()).themes());
        assertEquals(List.of(into.key(), "remote-work"), session.interviews().get(a.id()).segments().get(0).themes());
        assertEquals(List.of(into.key()), session.interviews().get(b.id()).themes());
        assertEquals(List.of(into.key()), session.interviews().get(b.id()).segments().get(0).themes());
        assertEquals(untouched, session.interviews().get(untouched.id()));
        assertTrue(vocabulary.current().theme(from.key()).isEmpty());
        assertEquals(into.key(), vocabulary.current().themesByKey().get(fromChild.key()).parentKey());
        // An editor still holding the old coding must reload instead of writing the old key back.
        assertThrows(ConflictException.class, () -> session.interviews().save(a));
        assertThrows(NotFoundException.class, () -> vocabulary.mergeThemes(from.key(), into.key()));
        assertThrows(IllegalArgumentException.class, () -> vocabulary.mergeThemes(into.key(), into.key()));
    }

    @Test
    void mergingIntoADescendantLiftsItFirst() {
        Theme top = vocabulary.addTheme("Top", null, null);
        Theme middle = vocabulary.addTheme("Middle", top.key(), null);
        Theme leaf = vocabulary.addTheme("Leaf", middle.key(), null);

        assertEquals(0, vocabulary.mergeThemes(top.key(), leaf.key()));

        var themes = vocabulary.current().themesByKey();
        assertEquals(null, themes.get(leaf.key()).parentKey());
        assertEquals(leaf.key(), themes.get(middle.key()).parentKey());
    }

    private Interview coded(String pseudonym, List<String> themes, List<String> segmentThemes) {
        Interview created = session.interviews().create(pseudonym);
        return session.interviews().save(created.toBuilder().consent(ConsentFirstTest.PARTICIPATION)
                .transcript("Транскрипт интервью").themes(themes)
                .segments(List.of(new Segment(0, 10, segmentThemes, "memo"))).build());
    }
}
