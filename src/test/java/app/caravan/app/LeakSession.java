package app.caravan.app;

import app.caravan.Fixtures;
import app.caravan.LoggingSetup;
import app.caravan.app.ExportScenario.Kind;
import app.caravan.app.ExportScenario.Qi;
import app.caravan.domain.Facet;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

/**
 * The scripted session {@link LeakScanTest} runs in a child process: every feature once, through
 * the app's own services, with a content canary in everything typed about an interview, an
 * identity canary in the real names and contacts, and a pseudonym canary as a pseudonym.
 * Arguments: the root folder and the three canaries. Writes only under the root (vaults,
 * targets, the chosen exports), the temp folder and the config folder it is given; logs
 * everything (FINE) to stderr.
 */
public final class LeakSession {
    private LeakSession() {
    }

    public static void main(String[] args) throws Exception {
        LoggingSetup.configure(Level.ALL);
        Path root = Path.of(args[0]);
        String content = args[1];
        String identity = args[2];
        String pseudonym = args[3];
        Identity person = Fixtures.identity(identity);
        LocalVaultService vaults = Fixtures.fastVaults();
        Path fieldDir = root.resolve("field-vault");
        Path chosen = Files.createDirectories(root.resolve("chosen"));

        new PreferencesFile(VaultLocations.configDirectory()).save(new AppPreferences(AppPreferences.Language.RUSSIAN,
                AppPreferences.Look.DARK, true, "Заметки"));
        try (VaultSession desk = vaults.create(root.resolve("desk-vault"), Fixtures.passphrase())) {
            desk.review().setRole(Role.DESK);
            Path shared = Files.createDirectories(root.resolve("shared-folder"));
            desk.sync().addFolder(shared);
            String deskRecipient = desk.keys().device().recipient();
            String fieldFingerprint;
            Interview interview;
            try (VaultSession field = vaults.create(fieldDir, Fixtures.passphrase())) {
                fieldFingerprint = field.keys().device().fingerprint();
                // Capture: every field, identity, coding with memos, notes, an attachment.
                Interview created = field.interviews().create(pseudonym);
                interview = field.interviews().save(Fixtures.fullInterview(content).toBuilder().id(created.id())
                        .pseudonym(pseudonym).revision(created.revision()).build());
                field.interviews().saveIdentity(interview.id(), person);
                byte[] scan = ("scan " + content + " ").repeat(20_000).getBytes(StandardCharsets.UTF_8);
                field.attachments().add(interview.id(), "consent " + content + ".pdf", null,
                        new ByteArrayInputStream(scan), scan.length, null);
                for (int i = 0; i < 6; i++) {
                    ExportScenario.add(field, "P" + i, Kind.WITH_TEXT, Qi.SAME,
                            "Мы уехали в Ташкент. " + content + " Работаю удалённо.", List.of(),
                            new Identity("Иван " + identity, "+998 90 000 00 0" + i + " " + identity,
                                    List.of("Мария " + identity)));
                }
                // Review, search, a saved filter.
                int at = interview.transcript().indexOf(content);
                field.review().addComment(interview.id(), at, at + content.length(), "Проверить " + content);
                check(!field.search().search(content, null, 10).hits().isEmpty(), "search finds the canary");
                field.library().save("Filter " + content, new InterviewFilter(
                        Map.of(Facet.CITY, Set.of("tashkent")), null, null));
                // JSON export (explicitly chosen: holds everything) and import into another vault.
                field.interchange().exportFile(chosen.resolve("export.json"));
                try (VaultSession second = vaults.create(root.resolve("second-vault"), Fixtures.passphrase())) {
                    check(second.interchange().importFile(chosen.resolve("export.json")).imported() == 7, "imported 7");
                }
                // A bundle with identities (opted in), a copy to a chosen file, sync through a folder.
                field.keys().addRecipient(deskRecipient, "desk");
                field.sync().addFolder(shared);
                field.bundles().seal(List.of(), true, chosen.resolve("bundle-copy.age")).orElseThrow();
                SyncRound.Report sent = field.syncRound().run(true, null, null, null);
                check(sent.delivered().complete(), "delivered: " + sent);
                // Anonymized export into a folder the user chose.
                field.anonymizedExport().export(ExportScenario.request(
                        Files.createDirectories(root.resolve("research")).resolve("dataset"),
                        AnonymizedExportService.QUASI_IDENTIFIERS, 2, false, List.of()), null, null);
            }
            // The desk imports the bundle, reviews and replies.
            SyncRound.Report pulled = desk.syncRound().run(true, null, null, fieldFingerprint);
            check(pulled.pulled().count(InboxService.Outcome.IMPORTED) == 1, "desk imported: " + pulled);
            check(!desk.search().search(content, null, 10).hits().isEmpty(), "the desk finds the canary");
            // Lock and unlock: the field device reads the reply.
            try (VaultSession field = vaults.open(fieldDir, Fixtures.passphrase())) {
                field.syncRound().run(true, null, null, desk.keys().device().fingerprint());
                check(field.interviews().identity(interview.id()).equals(person), "identity kept");
                // Destroy: the field vault is crypto-erased.
                field.destroy(VaultService.confirmationWord(fieldDir));
            }
        }
        // The demo vault, created and unlocked again.
        DemoVault demo = new DemoVault(Fixtures.FAST_KDF, Clock.systemDefaultZone());
        demo.create(root.resolve("demo")).close();
        demo.open(root.resolve("demo")).close();
        System.out.println("session done");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("the scripted session went wrong: " + what);
        }
    }
}
