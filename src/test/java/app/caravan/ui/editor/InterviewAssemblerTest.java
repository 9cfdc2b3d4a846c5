package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.fake.InMemoryVaultService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InterviewAssemblerTest {
    @Test
    void namesInAnyScriptBecomeKeysAndUnknownOnesAreAdded() throws Exception {
        VaultSession session = new InMemoryVaultService().create(Path.of("v"), "passphrase".toCharArray());
        Interview base = session.interviews().create("Timur");
        Vocabulary vocabulary = session.vocabulary().current();
        EditorViewModel vm = new EditorViewModel(new I18n(Locale.ENGLISH), Clock.systemDefaultZone());
        vm.load(base, vocabulary);
        vm.place.set("Самарканд");
        vm.currentCity.set("toshkent");
        vm.originCity.set("Novi Sad");
        vm.profession.set("furniture maker");
        vm.themes.setAll("remote-work", "family-left-behind");

        var assembled = new InterviewAssembler(vocabulary, session.vocabulary()).assemble(base, vm.draft(false).orElseThrow());
        Interview i = assembled.interview();
        assertEquals("samarkand", i.place());
        assertEquals("tashkent", i.currentCity());
        assertEquals("novi-sad", i.originCity());
        assertEquals("furniture-maker", i.profession());
        assertEquals(List.of("remote-work", "family-left-behind"), i.themes());
        assertEquals(List.of("Novi Sad", "furniture maker"), assembled.addedEntries());
        assertEquals("Novi Sad", session.vocabulary().current().city("novi-sad").orElseThrow().name());
        assertEquals(base.revision(), i.revision(), "the save carries the revision it was loaded with");

        vm.place.set("");
        assertNull(new InterviewAssembler(vocabulary, session.vocabulary()).assemble(base, vm.draft(false).orElseThrow())
                .interview().place());
    }
}
