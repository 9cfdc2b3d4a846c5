package app.caravan.ui.editor;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;

import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * A vault for the field-capture UI tests: "Timur" with participation consent, a transcript with
 * overlapping codes, a note and a real name; "Aziza" brand new, nothing consented.
 */
final class CaptureFixture {
    static final String PASSPHRASE = "correct horse";
    static final String TRANSCRIPT = "[00:00:05] Я уехал из Екатеринбурга 24 сентября 2022 года, через Верхний Ларс.\n"
            + "[00:01:10] Работаю удалённо, как и раньше; карты перестали работать, и первое время "
            + "помогали ребята из чата в Тбилиси.\n[00:02:40] Мама осталась в Екатеринбурге, звоним каждый день.";

    final InMemoryVaultService vaults = new InMemoryVaultService();
    final Path dir;
    ShellFixture app;

    CaptureFixture(Path temp) throws Exception {
        dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, PASSPHRASE.toCharArray())) {
            Interview timur = session.interviews().create("Timur");
            int left = TRANSCRIPT.indexOf("уехал");
            int lars = TRANSCRIPT.indexOf("Верхний Ларс") + "Верхний Ларс".length();
            int remote = TRANSCRIPT.indexOf("Работаю");
            int cards = TRANSCRIPT.indexOf("карты");
            int chat = TRANSCRIPT.indexOf("Тбилиси.") + "Тбилиси".length();
            int mom = TRANSCRIPT.indexOf("Мама");
            session.interviews().save(timur.toBuilder().place("samarkand").originCity("yekaterinburg")
                    .consent(new Consent(true, false, false, false, true, false, ConsentMethod.VERBAL,
                            OffsetDateTime.now().minusHours(1), null))
                    .transcript(TRANSCRIPT)
                    .segments(List.of(new Segment(left, lars, List.of("mobilization"), "маршрут"),
                            new Segment(TRANSCRIPT.indexOf("Екатеринбурга"), lars, List.of("family-left-behind"), ""),
                            new Segment(remote, chat, List.of("remote-work"), ""),
                            new Segment(cards, chat, List.of("civic-activism", "helping-refugees"), "чат"),
                            new Segment(mom, TRANSCRIPT.length() - 1, List.of("family-left-behind"), "")))
                    .notes(List.of(new Note(Duration.ofSeconds(70), "Смеётся")))
                    .build());
            session.interviews().saveIdentity(timur.id(), new Identity("Тимур Рахимов", "", List.of("Нигора")));
            session.interviews().create("Aziza");
        }
    }

    void unlock(UiRobot robot) throws Exception {
        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        robot.click("#passphrase");
        robot.write(PASSPHRASE).type(KeyCode.ENTER);
        await(robot, "#mainWindow");
        TableView<?> table = await(robot, "#interviews");
        waitUntil(() -> robot.fx(() -> table.getItems().size()) == 2);
    }

    void open(UiRobot robot, String pseudonym) {
        waitUntil(() -> robot.lookup("#interviews .table-cell").match(cell(pseudonym)).tryQuery().isPresent());
        robot.click(robot.lookup("#interviews .table-cell").match(cell(pseudonym)).queryAs(Node.class));
        robot.awaitText("#editorTitle", pseudonym);
        // The collision check may show a warning above the form; clicks wait until it is in place.
        waitUntil(() -> pseudonym.equals(robot.fx(() -> robot.lookup("#pseudonymWarning").query().getProperties()
                .get(PseudonymRow.CHECKED))));
    }

    /** Ctrl+S: stores the edits now instead of after the autosave pause, so tests need not wait for it. */
    void saveNow(UiRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    }

    Interview stored(String pseudonym) {
        return vaults.vault(dir).interviews().values().stream().filter(i -> i.pseudonym().equals(pseudonym))
                .findFirst().orElseThrow();
    }

    InlineCssTextArea transcript(UiRobot robot) {
        return robot.lookup("#transcript").query();
    }

    void dispose() {
        if (app != null) {
            app.dispose();
        }
    }

    static java.util.function.Predicate<Node> cell(String text) {
        return n -> n instanceof TableCell<?, ?> c && text.equals(c.getText());
    }
}
