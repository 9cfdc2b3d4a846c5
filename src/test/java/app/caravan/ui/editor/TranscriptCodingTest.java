package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.ui.support.Screenshots;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/** Consent first, then the transcript: gating, coding by shortcut with highlighting, timer marks. */
class TranscriptCodingTest extends CaptureTest {
    @Test
    void aNewInterviewOpensOnConsentAndTheTranscriptStaysLockedUntilParticipation() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        awaitText("#pseudonym", "Interviewee 3");
        waitUntil(() -> lookup("#consent-participation").query().isFocused());
        assertEquals("tab-consent", selectedTab());
        assertTrue(shown("#consentStartHere"));
        Screenshots.save(vault.app.stage.getScene(), "20-consent-first");

        selectTab("tab-transcript");
        InlineCssTextArea area = vault.transcript(this);
        assertFalse(fx(area::isEditable), "locked without participation consent");
        assertTrue(shown("#transcriptGate"));
        clickOn(area);
        write("Не должно появиться");
        assertEquals("", textOf("#transcript"));
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(textOf("#codingMessage").startsWith("Record participation consent first"), textOf("#codingMessage"));
        Screenshots.save(vault.app.stage.getScene(), "21-transcript-locked");

        click("#goToConsent");
        click("#consent-participation");
        waitUntil(() -> fx(area::isEditable));
        selectTab("tab-transcript");
        assertFalse(shown("#transcriptGate"));
        assertFalse(shown("#codingMessage"), "the reason it was locked is gone with the lock");
        clickOn(area);
        write("Я из Ростова.");
        vault.saveNow(this);
        waitUntil(() -> "Я из Ростова.".equals(vault.stored("Interviewee 3").transcript()));
        Interview stored = vault.stored("Interviewee 3");
        assertTrue(stored.consent().participation());
        assertTrue(fx(() -> lookup("#consent-participation").queryAs(CheckBox.class).isDisabled()),
                "participation cannot be unticked once there is a transcript");
        assertEquals(1, vault.vaults.vault(vault.dir).consentHistory(stored.id()).size(),
                "the consent change went into the history");
        selectTab("tab-consent");
        waitUntil(() -> fx(() -> lookup("#consentHistory").queryTableView().getItems().size()) == 1);
    }

    @Test
    void ctrlDigitCodesTheSelectionAndTheCodeIsHighlightedInItsColor() {
        vault.open(this, "Timur");
        selectTab("tab-transcript");
        InlineCssTextArea area = vault.transcript(this);
        waitUntil(() -> CaptureFixture.TRANSCRIPT.equals(textOf("#transcript")));
        int start = CaptureFixture.TRANSCRIPT.indexOf("Мама");
        int end = start + "Мама осталась".length();
        interact(() -> {
            area.requestFocus();
            area.selectRange(start, end);
        });
        // Theme 1 of the codebook is "Remote work and internet jobs", #1f77b4.
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").segments().stream()
                .anyMatch(s -> s.start() == start && s.end() == end && s.themes().equals(List.of("remote-work"))));
        waitUntil(() -> fx(() -> area.getStyleOfChar(start + 1)).contains("#1f77b4"));
        // Inside "Мама осталась в Екатеринбурге…" (family-left-behind, orange): both codes show.
        String overlap = fx(() -> area.getStyleOfChar(start + 1));
        assertTrue(overlap.contains("-rtfx-background-color: rgba(255,127,14,0.3)"), overlap);
        assertTrue(overlap.contains("-rtfx-underline-color: #1f77b4"), overlap);
        assertEquals("", fx(() -> area.getStyleOfChar(start - 1)), "before the codes: plain");
        assertTrue(fx(() -> area.getStyleOfChar(start - 3)).contains("-color-accent-fg"), "the [00:02:40] mark looks like a link");

        // Ctrl+3 adds a second theme to the same span; Ctrl+1 again takes the first off.
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").segments().stream().anyMatch(s -> s.start() == start
                && s.themes().equals(List.of("remote-work", "mobilization"))));
        Screenshots.save(vault.app.stage.getScene(), "22-transcript-overlapping-codes");
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").segments().stream().anyMatch(s -> s.start() == start
                && s.themes().equals(List.of("mobilization"))));

        // Typing before the codes moves them; deleting a coded passage removes its segment and says so.
        interact(() -> area.moveTo(0));
        write("Итак. ");
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").transcript().startsWith("Итак. "));
        Segment moved = vault.stored("Timur").segments().stream().filter(s -> s.memo().equals("маршрут"))
                .findFirst().orElseThrow();
        assertEquals("уехал из Екатеринбурга 24 сентября 2022 года, через Верхний Ларс",
                vault.stored("Timur").transcript().substring(moved.start(), moved.end()));
        int mom = fx(area::getText).indexOf("Мама осталась");
        interact(() -> area.selectRange(mom, mom + "Мама осталась".length()));
        type(KeyCode.DELETE);
        waitUntil(() -> textOf("#codingMessage").contains("removed: 1"));
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").segments().stream().noneMatch(s -> s.themes().equals(List.of("mobilization"))
                && s.length() == "Мама осталась".length()));
    }

    @Test
    void theTimerStampsTheTranscriptAndNotes() {
        vault.open(this, "Timur");
        selectTab("tab-transcript");
        InlineCssTextArea area = vault.transcript(this);
        interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> !"00:00:00".equals(textOf("#timerTime")));
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        String paused = textOf("#timerTime");
        assertEquals("Start", textOf("#timerToggle"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> textOf("#transcript").endsWith("[" + paused + "] "));
        write("Пауза.");
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").transcript().endsWith("[" + paused + "] Пауза."));
        assertEquals(paused, textOf("#timerTime"), "paused: the time stands still");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(paused, textOf("#noteOffset"));
        write("Пьёт чай").type(KeyCode.ENTER);
        vault.saveNow(this);
        waitUntil(() -> vault.stored("Timur").notes().size() == 2);
        assertEquals("Пьёт чай", vault.stored("Timur").notes().get(0).text());
    }

    private String selectedTab() {
        return fx(() -> lookup("#editorTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }

    private void selectTab(String id) {
        interact(() -> {
            TabPane tabs = lookup("#editorTabs").queryAs(TabPane.class);
            for (Tab t : tabs.getTabs()) {
                if (id.equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        });
    }
}
