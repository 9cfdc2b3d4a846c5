package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.Status;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two halves of a sync, built separately, meet: a field vault seals what changed to the
 * desk's recipient, the desk vault imports it, and the same interviews come out, searchable.
 */
class FieldToDeskTest {
    @TempDir
    Path temp;

    @Test
    void aSealedFieldBundleImportsAtTheDeskExactlyOnce() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        try (VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = vaults.create(temp.resolve("desk"), Fixtures.passphrase())) {
            desk.review().setRole(app.caravan.domain.Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            Interview timur = Fixtures.consentedInterview(field);
            Interview saved = field.interviews().save(timur.toBuilder()
                    .transcript("Переехали в Ташкент в октябре, работаю удалённо.")
                    .interviewedAt(OffsetDateTime.parse("2022-10-17T15:30:00+05:00")).build());
            field.review().transition(saved.id(), Status.SUBMITTED);

            Path file = temp.resolve("bundle-1.age");
            BundleService.Sealed sealed = field.bundles().seal(List.of(), false, file).orElseThrow();
            assertEquals(1, sealed.interviews());
            assertTrue(Files.size(file) > 0);

            String fingerprint = field.keys().device().fingerprint();
            DeskImportService.Result result;
            try (InputStream in = Files.newInputStream(file)) {
                result = desk.deskImport().importBundle(in, null, fingerprint);
            }
            assertEquals(1, result.added());
            Interview arrived = desk.interviews().get(saved.id());
            assertEquals(field.interviews().get(saved.id()).transcript(), arrived.transcript());
            assertEquals(Status.SUBMITTED, arrived.status());
            assertEquals(1, desk.search().search("Tashkent", null, 10).total(), "indexed at the desk");
            assertTrue(desk.audit().verify().intact());

            try (InputStream again = Files.newInputStream(file)) {
                assertTrue(desk.deskImport().importBundle(again, null, null).alreadyImported());
            }
            assertEquals(1, desk.interviews().list().size());
        }
    }
}
