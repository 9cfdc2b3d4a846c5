package app.caravan.ui.sync;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ConflictScenario;
import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.domain.Interview;
import app.caravan.domain.TextMerge;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.RealVaultUiTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync conflicts on the Sync page of a real desk vault: conflicts made by importing real field
 * bundles, one resolved by merging in the dialog, one by keeping the desk's version.
 */
class ConflictsOnRealVaultTest extends RealVaultUiTest {
    @TempDir
    Path temp;
    @Test
    void mergesOneConflictInTheDialogAndKeepsTheDeskVersionOfAnother() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("desk");
        ConflictScenario.Created merged;
        ConflictScenario.Created kept;
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            merged = ConflictScenario.create(session);
            kept = ConflictScenario.create(session);
        }
        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-sync");
        waitUntil(() -> lookup(".conflict-row").queryAll().size() == 2);
        assertTrue(textOfAll(".conflict-row .label").contains("desk revision"), textOfAll(".conflict-row .label"));
        assertFalse(textOfAll(".conflict-row .label").contains("DESKCANARY"), "no transcript in the list");
        reveal("#conflicts");
        Screenshots.save(app.stage.getScene(), "21-sync-conflicts");

        click(lookup(".merge-conflict").queryAll().iterator().next());
        TextArea text = await(this, "#mergedText");
        assertEquals(ConflictScenario.DESK, textOf("#mergeDesk"));
        assertEquals(ConflictScenario.FIELD, textOf("#mergeField"));
        assertEquals(TextMerge.merge(ConflictScenario.DESK, ConflictScenario.FIELD), textOf("#mergedText"));
        Button save = lookup("#mergeSave").queryAs(Button.class);
        assertTrue(fx(save::isDisabled), "markers are left, so Save is disabled");
        assertTrue(shown("#markersLeft"));
        Screenshots.save(fx(text::getScene), "21-sync-conflict-merge");

        // The editor keeps the desk's answer and the field's new closing line.
        String resolved = ConflictScenario.DESK + ConflictScenario.FIELD_TAIL + "\n";
        click(text);
        interact(text::selectAll);
        paste(resolved);
        waitUntil(() -> !fx(save::isDisabled));
        assertFalse(fx(() -> lookup("#markersLeft").query().isVisible()));
        click(save);
        waitUntil(() -> lookup("#mergedText").tryQuery().isEmpty());
        waitUntil(() -> lookup(".conflict-row").queryAll().size() == 1);
        awaitText("#conflictsStatus", "The merged version of “Timur” was saved; 1 coded segments were dropped because"
                + " their words are not in the merge.");

        app.dialogs.confirmAnswer = false;
        click(".keep-mine");
        assertEquals(1, app.dialogs.confirmations.size());
        assertEquals(1, lookup(".conflict-row").queryAll().size(), "nothing happens without confirmation");
        app.dialogs.confirmAnswer = true;
        click(".keep-mine");
        waitUntil(() -> lookup(".conflict-row").tryQuery().isEmpty());
        awaitText("#conflictsStatus", "The desk version of “Timur” was kept.");
        assertTrue(textOfAll("#conflicts .label").contains("No conflicts"));
        app.close();
        app = null;

        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            Interview after = session.interviews().get(merged.interviewId());
            assertEquals(resolved, after.transcript());
            assertEquals(List.of("remote-work", "family-left-behind"), after.segments().get(0).themes());
            assertEquals(1, after.segments().size());
            assertEquals(ConflictScenario.DESK, session.interviews().get(kept.interviewId()).transcript());
            assertTrue(session.deskImport().conflicts().isEmpty());
        }
    }

    private String textOfAll(String query) {
        return fx(() -> String.join(" | ", lookup(query).queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()));
    }
}
