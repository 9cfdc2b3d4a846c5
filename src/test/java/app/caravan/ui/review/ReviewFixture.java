package app.caravan.ui.review;

import static app.caravan.ui.support.ShellFixture.await;

import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.ui.fake.InMemoryVault;
import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

/**
 * A desk vault for the review UI tests: "Timur", coded and submitted by the field; "Lena",
 * submitted with a segment marked quotable although she gave no consent to verbatim quotes
 * (as an import can bring in).
 */
final class ReviewFixture {
    static final String PASSPHRASE = "correct horse";
    static final String TRANSCRIPT = "[00:00:05] Я уехал из Екатеринбурга 24 сентября 2022 года, через Верхний Ларс.\n"
            + "[00:01:10] Работаю удалённо, как и раньше; карты перестали работать, и первое время "
            + "помогали ребята из чата в Тбилиси.\n[00:02:40] Мама осталась в Екатеринбурге, звоним каждый день.";
    static final String PASSAGE = "через Верхний Ларс";

    final InMemoryVaultService vaults = new InMemoryVaultService();
    final Path dir;
    ShellFixture app;

    ReviewFixture(Path temp) throws Exception {
        dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, PASSPHRASE.toCharArray())) {
            Consent consent = new Consent(true, true, true, true, true, false, ConsentMethod.VERBAL,
                    OffsetDateTime.now().minusDays(3), null);
            Interview timur = session.interviews().create("Timur");
            int lars = TRANSCRIPT.indexOf(PASSAGE);
            int remote = TRANSCRIPT.indexOf("Работаю");
            int mom = TRANSCRIPT.indexOf("Мама");
            session.interviews().save(timur.toBuilder().consent(consent).transcript(TRANSCRIPT)
                    .segments(List.of(new Segment(TRANSCRIPT.indexOf("Я уехал"), lars + PASSAGE.length(),
                                    List.of("mobilization"), "маршрут", true),
                            new Segment(remote, TRANSCRIPT.indexOf("Тбилиси") + 7, List.of("remote-work"), ""),
                            new Segment(mom, TRANSCRIPT.length() - 1, List.of("family-left-behind"), "")))
                    .build());
            session.review().transition(timur.id(), Status.SUBMITTED);
            Interview lena = session.interviews().create("Lena");
            session.interviews().save(lena.toBuilder().consent(new Consent(true, false, false, true, true, false,
                    ConsentMethod.WRITTEN, OffsetDateTime.now().minusDays(2), null)).transcript(TRANSCRIPT).build());
            session.review().transition(lena.id(), Status.SUBMITTED);
            session.review().setRole(Role.DESK);
        }
        // The vault would refuse this save; an import from an older tool is how it happens.
        InMemoryVault vault = vaults.vault(dir);
        Interview lena = stored("Lena");
        vault.interviews().put(lena.id(), lena.toBuilder().segments(List.of(new Segment(TRANSCRIPT.indexOf("Мама"),
                TRANSCRIPT.indexOf("Мама") + "Мама осталась в Екатеринбурге".length(), List.of("family-left-behind"), "", true))).build());
    }

    void unlock(UiRobot robot) throws Exception {
        unlock(robot, Locale.ENGLISH);
    }

    void unlock(UiRobot robot, Locale locale) throws Exception {
        app = ShellFixture.start(vaults, dir, locale);
        robot.click("#passphrase");
        robot.write(PASSPHRASE).type(KeyCode.ENTER);
        await(robot, "#mainWindow");
    }

    /** Goes to the Review page and opens {@code pseudonym} from the queue. */
    void review(UiRobot robot, String pseudonym) {
        openInReview(robot, pseudonym);
    }

    static void openInReview(UiRobot robot, String pseudonym) {
        robot.click("#nav-review");
        await(robot, "#reviewQueueList");
        ShellFixture.waitUntil(() -> robot.lookup("#reviewQueueList .label").match(label(pseudonym)).tryQuery()
                .isPresent());
        robot.click(robot.lookup("#reviewQueueList .label").match(label(pseudonym)).queryAs(Node.class));
        robot.awaitText("#reviewTitle", pseudonym);
    }

    Interview stored(String pseudonym) {
        return vaults.vault(dir).interviews().values().stream().filter(i -> i.pseudonym().equals(pseudonym))
                .findFirst().orElseThrow();
    }

    InMemoryVault vault() {
        return vaults.vault(dir);
    }

    void dispose() {
        if (app != null) {
            app.dispose();
        }
    }

    static java.util.function.Predicate<Node> label(String text) {
        return n -> n instanceof Label l && text.equals(l.getText());
    }
}
