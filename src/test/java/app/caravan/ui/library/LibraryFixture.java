package app.caravan.ui.library;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;

import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Interview;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import app.caravan.ui.fake.InMemoryVaultService;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Six interviews across Uzbekistan and Georgia, IT and culture, with transcripts that mention
 * Tashkent in both scripts, for the library, search and insight UI tests.
 */
final class LibraryFixture {
    static final String PASSPHRASE = "correct horse";
    static final Consent QUOTES = new Consent(true, true, true, true, true, false, ConsentMethod.VERBAL,
            OffsetDateTime.parse("2022-10-01T10:00:00+05:00"), null);
    static final Consent PARTICIPATION = new Consent(true, false, false, false, false, false, ConsentMethod.WRITTEN,
            OffsetDateTime.parse("2022-10-01T10:00:00+05:00"), null);

    final VaultService vaults;
    final Path dir;
    ShellFixture app;

    LibraryFixture(Path temp, boolean empty) throws Exception {
        this(temp, empty, new InMemoryVaultService());
    }

    /** The same interviews in {@code vaults}: the in-memory fake, or a real encrypted vault. */
    LibraryFixture(Path temp, boolean empty, VaultService vaults) throws Exception {
        this.vaults = vaults;
        dir = temp.resolve("vault");
        try (VaultSession session = vaults.create(dir, PASSPHRASE.toCharArray())) {
            if (empty) {
                return;
            }
            add(session, "Timur", "2022-10-17", "samarkand", "software-developer", List.of("remote-work", "family-left-behind"),
                    Status.SUBMITTED, QUOTES, Wave.MOBILIZATION_2022,
                    "Я уехал из Екатеринбурга через Казахстан. Потом неделю жил в Ташкенте у друзей, работаю удалённо.");
            add(session, "Aziza", "2022-11-02", "tashkent", "actor", List.of("civic-activism"), Status.DRAFT,
                    PARTICIPATION, Wave.SPRING_2022, "We rehearse in a small theatre in Tashkent on Sundays.");
            add(session, "Nino", "2023-01-20", "tbilisi", "designer", List.of("helping-refugees"), Status.APPROVED,
                    QUOTES, Wave.SPRING_2022, "Волонтёры в Тбилиси помогали беженцам с жильём.");
            add(session, "Lev", "2022-12-05", "tashkent", "software-developer", List.of("remote-work", "mobilization"),
                    Status.IN_REVIEW, QUOTES, Wave.MOBILIZATION_2022,
                    "Повестку принесли на старый адрес. Теперь я пишу код из Ташкента.");
            add(session, "Olga", "2022-10-30", "tbilisi", "journalist", List.of("return-intentions"), Status.SUBMITTED,
                    PARTICIPATION, Wave.OTHER, "Вернусь, когда можно будет работать без цензуры.");
            add(session, "Pavel", "2023-02-11", "samarkand", "designer", List.of("family-left-behind"), Status.DRAFT,
                    QUOTES, Wave.MOBILIZATION_2022, "Родители остались в Москве, созваниваемся каждый вечер.");
        }
    }

    private static void add(VaultSession session, String pseudonym, String day, String city, String profession,
            List<String> themes, Status status, Consent consent, Wave wave, String transcript) {
        Interview created = session.interviews().create(pseudonym);
        LocalDate date = LocalDate.parse(day);
        session.interviews().save(created.toBuilder()
                .interviewedAt(OffsetDateTime.parse(day + "T15:00:00+05:00"))
                .place(city).currentCity(city).originCity("moscow").profession(profession)
                .themes(themes).status(status).consent(consent)
                .departure(new Departure(date.minusMonths(1), wave))
                .transcript(transcript).build());
    }

    void unlock(UiRobot robot, int expectedRows) throws Exception {
        app = ShellFixture.start(vaults, dir, Locale.ENGLISH);
        robot.click("#passphrase");
        robot.write(PASSPHRASE).type(KeyCode.ENTER);
        await(robot, "#mainWindow");
        TableView<?> table = await(robot, "#interviews");
        waitUntil(() -> robot.fx(() -> table.getItems().size()) == expectedRows);
    }

    void dispose() {
        if (app != null) {
            app.dispose();
        }
    }
}
