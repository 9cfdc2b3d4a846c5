package app.caravan.ui.export;

import static app.caravan.ui.support.ShellFixture.await;
import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.Consent;
import app.caravan.domain.Facet;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.ui.support.Screenshots;
import app.caravan.ui.support.RealVaultUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export wizard on a real encrypted vault with the real export service: the preview's
 * highlights, a kept replacement saved in the vault, and the files the run writes are checked
 * on disk, not in a fake.
 */
class ExportPageOnRealVaultTest extends RealVaultUiTest {
    /** One real first name per participant, each also said in its own transcript. */
    private static final List<String> NAMES = List.of("Николай", "Фарид", "Рустам", "Дильшод", "Азиз", "Тимур");

    @TempDir
    Path temp;
    @Test
    void previewsKeepsOneNameAndExportsTheRestDeidentified() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        Path parent = Files.createDirectories(temp.resolve("datasets"));
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            for (int i = 0; i < NAMES.size(); i++) {
                String name = NAMES.get(i);
                Interview created = session.interviews().create("P" + (i + 1));
                session.interviews().save(created.toBuilder()
                        .consent(new Consent(true, false, true, false, true, false, ConsentMethod.VERBAL,
                                OffsetDateTime.now(), null))
                        .transcript("Меня зовут " + name + ". Мы уехали в Ташкент, звоните +998 90 123 45 6" + i + ".")
                        .currentCity("tashkent").profession("software-developer").build());
                session.interviews().saveIdentity(created.id(), new Identity(name + " Смирнов", "", List.of()));
            }
            Interview refused = session.interviews().create("P7");
            session.interviews().save(refused.toBuilder().consent(new Consent(true, false, true, false, false, false,
                    ConsentMethod.VERBAL, OffsetDateTime.now(), null)).transcript("Меня зовут Олег.").build());
            session.interviews().saveIdentity(refused.id(), new Identity("Олег Смирнов", "", List.of()));
        }

        unlock(vaults, dir, Locale.ENGLISH);
        click("#nav-export");

        // Step 1: every interview, and what consent leaves out.
        waitUntil(() -> textOf("#exportSelectionSummary").contains("7 interviews chosen; 6 can go out."));
        assertTrue(textOf("#exportSelectionSummary").contains("no research-sharing consent: 1"),
                textOf("#exportSelectionSummary"));
        Screenshots.save(app.stage.getScene(), "40-export-interviews");
        click("#exportAll");
        type(KeyCode.ENTER); // Next, by keyboard

        // Step 2: a new folder is required before going on; k = 2.
        await(this, "#exportStepOptions");
        click("#exportNext");
        assertEquals("Choose the folder the dataset goes into.", textOf("#exportOptionsError"));
        app.dialogs.folder = parent;
        click("#exportChooseFolder");
        awaitText("#exportParent", parent.toString());
        typeInto("#exportName", "dataset");
        interact(() -> lookup("#exportK").<Spinner<Integer>>query().getValueFactory().setValue(2));
        assertTrue(fx(() -> lookup("#export-format-csv").queryAs(javafx.scene.control.CheckBox.class).isSelected()));
        assertFalse(fx(() -> lookup("#exportStableIds").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "stable ids link exports: off unless asked for");
        Screenshots.save(app.stage.getScene(), "41-export-options");
        click("#exportNext");

        // Step 3: the first participant's name is highlighted as a person in the original.
        ListView<ExportModel.Row> list = await(this, "#exportPreviewList");
        assertEquals(7, fx(() -> list.getItems().size()));
        int first = fx(() -> indexOf(list, "P1"));
        interact(() -> list.getSelectionModel().select(first));
        StyleClassedTextArea original = await(this, "#exportOriginal");
        StyleClassedTextArea exported = await(this, "#exportExported");
        waitUntil(() -> fx(() -> original.getText().contains("Николай")));
        int at = fx(() -> original.getText().indexOf("Николай"));
        waitUntil(() -> fx(() -> original.getStyleAtPosition(at + 1).contains("deid-person")));
        assertFalse(fx(() -> exported.getText().contains("Николай")), textOf("#exportExported"));
        assertTrue(fx(() -> original.getStyleAtPosition(0).isEmpty()), "plain text is not highlighted");
        Screenshots.save(app.stage.getScene(), "42-export-preview");

        // Keep this text: the decision is listed, and the preview now leaves the name.
        interact(() -> original.selectRange(at + 2, at + 4));
        click("#exportKeep");
        waitUntil(() -> lookup(".export-decision").tryQuery().isPresent());
        assertEquals(List.of("Kept “Николай”"), decisionTexts());
        waitUntil(() -> fx(() -> exported.getText().contains("Николай")));
        assertFalse(fx(() -> original.getStyleAtPosition(at + 1).contains("deid-person")));
        Screenshots.save(app.stage.getScene(), "43-export-kept");

        // Replace as…: more text goes; forgetting that decision brings it back.
        int we = fx(() -> original.getText().indexOf("Мы уехали"));
        interact(() -> original.selectRange(we, we + 2));
        assertFalse(fx(() -> lookup("#exportMark").query().isDisabled()));
        assertTrue(fx(() -> lookup("#exportKeep").query().isDisabled()), "nothing to keep outside a replacement");
        interact(() -> lookup("#exportMark").<javafx.scene.control.MenuButton>query().getItems().get(0).fire());
        waitUntil(() -> lookup(".export-decision").queryAll().size() == 2);
        waitUntil(() -> fx(() -> !exported.getText().contains("Мы уехали")));
        assertTrue(decisionTexts().contains("Replaced “Мы” as Person"), decisionTexts().toString());
        click("#exportForget-" + decisionTexts().indexOf("Replaced “Мы” as Person"));
        waitUntil(() -> lookup(".export-decision").queryAll().size() == 1);
        waitUntil(() -> fx(() -> exported.getText().contains("Мы уехали")));

        // Step 4: run; the report shows the participants and where the folder is.
        click("#exportNext");
        await(this, "#exportReportParticipants");
        assertEquals("6", textOf("#exportReportParticipants"));
        Path out = parent.resolve("dataset");
        assertEquals(out.toAbsolutePath().toString(), textOf("#exportReportPath"));
        assertEquals("Done.", textOf("#exportStatus"));
        click("#exportOpenFolder");
        assertEquals(List.of(out.toAbsolutePath()), app.dialogs.openedFolders.stream()
                .map(p -> p.toAbsolutePath()).toList(), "the desktop is asked to show the export");
        Screenshots.save(app.stage.getScene(), "44-export-report");

        List<String> files = Fixtures.filesUnder(out).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertTrue(files.containsAll(List.of("DATACARD.md", "interviews.csv", "interviews.jsonl", "codebook.json",
                "project.qdpx")), files.toString());
        List<String> kept = new ArrayList<>();
        for (Path file : Fixtures.filesUnder(out)) {
            String content = file.toString().endsWith(".qdpx") ? unzip(file) : Files.readString(file, StandardCharsets.UTF_8);
            for (String name : NAMES.subList(1, NAMES.size())) {
                assertFalse(content.contains(name), file.getFileName() + " leaks " + name);
            }
            assertFalse(content.contains("Смирнов") || content.contains("Олег"), file.getFileName() + " leaks");
            if (content.contains("Николай")) {
                kept.add(file.getFileName().toString());
            }
        }
        assertTrue(kept.contains("interviews.jsonl"), "the kept name goes out where the editor kept it: " + kept);
        app.close();
        app = null;

        try (VaultSession session = vaults.open(dir, Fixtures.passphrase())) {
            var p1 = session.interviews().list().stream().filter(s -> s.pseudonym().equals("P1")).findFirst().orElseThrow();
            assertEquals(List.of("undo"), session.anonymizedExport().decisions(p1.id()).stream()
                    .map(d -> d.kind()).toList(), "the decision is kept for the next export");
        }
    }

    @Test
    void sealsTheInterviewsOfASavedFilterToATickedDeskRecipientInRussian() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        Path dir = temp.resolve("vault");
        Path parent = Files.createDirectories(temp.resolve("datasets"));
        String desk;
        try (AgeIdentity identity = AgeIdentity.generate()) {
            desk = identity.recipient().value();
        }
        try (VaultSession session = vaults.create(dir, Fixtures.passphrase())) {
            session.keys().addRecipient(desk, "Anna desk");
            for (int i = 0; i < 3; i++) {
                Interview created = session.interviews().create("P" + (i + 1));
                session.interviews().save(created.toBuilder()
                        .consent(new Consent(true, false, false, false, true, false, ConsentMethod.VERBAL,
                                OffsetDateTime.now(), null))
                        .transcript("Меня зовут Фарид.").currentCity("tashkent").profession("software-developer").build());
            }
            Interview elsewhere = session.interviews().create("P4");
            session.interviews().save(elsewhere.toBuilder().consent(new Consent(true, false, false, false, true, false,
                    ConsentMethod.VERBAL, OffsetDateTime.now(), null)).currentCity("almaty").build());
            session.library().save("Ташкент", new InterviewFilter(Map.of(Facet.CITY, Set.of("tashkent")), null, null));
        }
        unlock(vaults, dir, Locale.forLanguageTag("ru"));
        click("#nav-export");
        waitUntil(() -> textOf("#exportSelectionSummary").contains("Выбрано интервью: 4"));
        click("#exportSaved");
        interact(() -> lookup("#exportFilter").<javafx.scene.control.ComboBox<?>>query().getSelectionModel().select(0));
        waitUntil(() -> textOf("#exportSelectionSummary").contains("Выбрано интервью: 3"));
        assertTrue(textOf("#exportSelectionSummary").contains("Без текста"), textOf("#exportSelectionSummary"));
        click("#exportNext");
        await(this, "#exportStepOptions");
        waitUntil(() -> lookup(".export-recipient").tryQuery().isPresent());
        assertFalse(fx(() -> lookup(".export-recipient").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "a plain folder unless a recipient is ticked");
        click(".export-recipient");
        app.dialogs.folder = parent;
        click("#exportChooseFolder");
        typeInto("#exportName", "sealed");
        interact(() -> lookup("#exportK").<Spinner<Integer>>query().getValueFactory().setValue(3));
        Screenshots.save(app.stage.getScene(), "45-export-options-ru");
        click("#exportNext");
        await(this, "#exportPreviewList");
        waitUntil(() -> textOf("#exportPreviewState").contains("Текст не выгружается"));
        assertEquals("", textOf("#exportExported"), "no verbatim consent: no text goes out");
        click("#exportNext");
        await(this, "#exportReportPath");
        Path sealed = parent.resolve("sealed.zip.age");
        assertEquals(sealed.toAbsolutePath().toString(), textOf("#exportReportPath"));
        assertEquals("3", textOf("#exportReportTextless"));
        assertEquals("3", textOf("#exportReportParticipants"), "only the saved filter's interviews");
        Screenshots.save(app.stage.getScene(), "46-export-sealed-ru");
        assertTrue(Files.isRegularFile(sealed));
        assertFalse(Files.exists(parent.resolve("sealed")), "no plain folder next to the sealed file");
        assertFalse(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains("interviews.csv"),
                "the file is encrypted, not a zip");
    }

    private List<String> decisionTexts() {
        return fx(() -> lookup(".export-decision .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
    }

    private static int indexOf(ListView<ExportModel.Row> list, String pseudonym) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).pseudonym().equals(pseudonym)) {
                return i;
            }
        }
        throw new AssertionError("no row " + pseudonym);
    }

    /** Every entry of a zip (the REFI-QDA project) as one text. */
    private static String unzip(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
