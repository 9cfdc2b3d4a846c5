package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.ConsentChange;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Tombstone;
import app.caravan.ui.support.Screenshots;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/** Quotes only with verbatim consent; withdrawal with its date; purging down to a tombstone. */
class ConsentLifecycleTest extends CaptureTest {
    @Test
    void quotesCanOnlyBeMarkedWithVerbatimConsentAndRevokingUnmarksThem() {
        vault.open(this, "Timur");
        reveal("#segments");
        TableView<Segment> segments = lookup("#segments").queryTableView();
        interact(() -> segments.getSelectionModel().select(0));
        CheckBox quotable = lookup("#quotable").query();
        assertTrue(fx(quotable::isDisabled), "no verbatim-quote consent: the box is off");
        assertTrue(shown("#quotableHint"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> textOf("#codingMessage").startsWith("Marking quotes needs"));

        click("#consent-verbatimQuotes");
        reveal("#segments");
        interact(() -> segments.getSelectionModel().select(0));
        waitUntil(() -> !fx(quotable::isDisabled));
        assertFalse(shown("#quotableHint"));
        click(quotable);
        interact(() -> segments.getSelectionModel().select(2));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").segments().stream().filter(Segment::quotable).count() == 2);

        click("#consent-verbatimQuotes");
        awaitText("#consentMessage", "Consent to verbatim quotes was taken back: 2 quotes are no longer marked quotable.");
        vault.saveNow(this);
        waitUntil(() -> !vault.stored("Timur").consent().verbatimQuotes());
        assertTrue(vault.stored("Timur").segments().stream().noneMatch(Segment::quotable));
        Screenshots.save(vault.app.stage.getScene(), "23-quotes-unmarked");
    }

    @Test
    void withdrawalWithADateThenPurgeLeavesOnlyATombstone() {
        vault.open(this, "Timur");
        UUID id = vault.stored("Timur").id();
        click("#withdrawalDate");
        interact(() -> lookup("#withdrawalDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2022, 11, 1)));
        type(KeyCode.ESCAPE);
        click("#withdraw");
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").consent().isWithdrawn());
        Interview withdrawn = vault.stored("Timur");
        assertEquals(java.time.LocalDate.of(2022, 11, 1), withdrawn.consent().withdrawnAt().toLocalDate());
        assertTrue(vault.app.dialogs.confirmations.get(0).contains("“Timur” will be marked as withdrawn on 11/1/2022"),
                vault.app.dialogs.confirmations.get(0));
        awaitText("#withdrawnBanner", "Withdrawn on 11/1/2022. This interview is left out of every later export and sync.");
        assertTrue(shown("#withdrawnBadge"));
        assertTrue(fx(() -> lookup("#consent-participation").query().isDisabled()), "nothing to change any more");
        waitUntil(() -> fx(() -> lookup("#consentHistory").queryTableView().getItems().size()) == 2);
        ConsentChange last = vault.vaults.vault(vault.dir).consentHistory(id).get(1);
        assertTrue(last.isWithdrawal());
        assertEquals("field-team-1", last.changedBy());
        waitUntil(() -> lookup("#interviews .table-cell").match(CaptureFixture.cell("Withdrawn 11/1/2022")).tryQuery()
                .isPresent());
        Screenshots.save(vault.app.stage.getScene(), "24-withdrawn");

        InlineCssTextArea area = vault.transcript(this);
        assertFalse(fx(area::isEditable), "a withdrawn transcript is read-only");

        vault.app.dialogs.typed = "Timu";
        click("#purge");
        assertEquals(0, vault.vaults.vault(vault.dir).tombstones().size(), "the typed word must match exactly");
        vault.app.dialogs.typed = "Timur";
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> vault.vaults.vault(vault.dir).tombstones().containsKey(id));
        Tombstone tombstone = vault.vaults.vault(vault.dir).tombstones().get(id);
        assertFalse(vault.vaults.vault(vault.dir).interviews().containsKey(id));
        assertFalse(vault.vaults.vault(vault.dir).identities().containsKey(id));
        assertEquals(withdrawn.consent().withdrawnAt(), tombstone.withdrawnAt());
        waitUntil(() -> shown("#tombstoneText"));
        assertTrue(textOf("#tombstoneText").startsWith("Consent was withdrawn on November 1, 2022"), textOf("#tombstoneText"));
        waitUntil(() -> lookup("#interviews .table-cell").match(CaptureFixture.cell("Withdrawn and purged")).tryQuery()
                .isPresent());
        assertTrue(lookup("#interviews .table-cell").match(CaptureFixture.cell("Timur")).tryQuery().isEmpty());
        assertTrue(fx(() -> lookup("#deleteInterview").query().isDisabled()), "a tombstone cannot be deleted");
        Screenshots.save(vault.app.stage.getScene(), "25-purged-tombstone");
        assertEquals(List.of(), vault.app.dialogs.errors);
    }
}
