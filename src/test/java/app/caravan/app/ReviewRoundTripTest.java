package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.BundleState;
import app.caravan.domain.Interview;
import app.caravan.domain.OutboxBundle;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field → desk → field with files: the desk's review (status, comments) and its acknowledgement
 * travel back in a reply sealed to the field device; the interviewer's answer (resolved comment,
 * re-submission) travels to the desk; nothing echoes back and forth.
 */
class ReviewRoundTripTest {
    @TempDir
    Path temp;

    @Test
    void reviewResultsGoBackToTheFieldAndTheAnswerComesToTheDesk() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        try (VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = vaults.create(temp.resolve("desk"), Fixtures.passphrase())) {
            desk.review().setRole(Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            Interview saved = field.interviews().save(Fixtures.consentedInterview(field).toBuilder()
                    .transcript("Переехали в Ташкент в октябре. Работаю удалённо.").build());
            field.review().transition(saved.id(), Status.SUBMITTED);

            importInto(desk, seal(field, "f1.age"), field.keys().device().fingerprint());
            assertEquals(Status.SUBMITTED, desk.interviews().get(saved.id()).status());

            desk.review().transition(saved.id(), Status.IN_REVIEW);
            int at = saved.transcript().indexOf("Ташкент");
            ReviewComment asked = desk.review().addComment(saved.id(), at, at + 7, "Which district?");
            desk.review().transition(saved.id(), Status.CHANGES_REQUESTED);

            Path replies = Files.createDirectory(temp.resolve("replies"));
            List<BundleService.Sealed> sealed = desk.bundles().sealReplies(replies);
            assertEquals(1, sealed.size());
            OutboxBundle reply = desk.sync().outbox().get(0);
            assertEquals("replies/" + field.keys().device().deviceId(), reply.folder());
            assertTrue(reply.path().startsWith("replies/"), reply.path());
            assertTrue(desk.bundles().sealReplies(null).isEmpty(), "no news, no second reply");

            Path replyFile;
            try (var files = Files.list(replies)) {
                replyFile = files.findFirst().orElseThrow();
            }
            DeskImportService.Result back = importInto(field, replyFile, desk.keys().device().fingerprint());
            assertEquals(1, back.reviewed());
            assertEquals(1, back.acknowledged());
            assertEquals(Status.CHANGES_REQUESTED, field.interviews().get(saved.id()).status());
            List<ReviewComment> comments = field.review().comments(saved.id());
            assertEquals(1, comments.size());
            assertEquals(asked.id(), comments.get(0).id());
            assertEquals("Ташкент", field.interviews().get(saved.id()).transcript().substring(
                    comments.get(0).start(), comments.get(0).end()));
            assertEquals(BundleState.ACKNOWLEDGED, field.sync().outbox().get(0).state());
            assertTrue(field.bundles().seal(List.of(), false, null).isEmpty(), "what came from the desk does not go back");
            try (InputStream again = Files.newInputStream(replyFile)) {
                assertTrue(field.deskImport().importBundle(again, null, null).alreadyImported());
            }

            // The interviewer answers: edits, resolves the comment, submits again.
            Interview current = field.interviews().get(saved.id());
            field.interviews().save(current.toBuilder()
                    .transcript("Переехали в Ташкент (Юнусабад) в октябре. Работаю удалённо.").build());
            field.review().resolve(asked.id());
            field.review().transition(saved.id(), Status.SUBMITTED);
            DeskImportService.Result answer = importInto(desk, seal(field, "f2.age"), null);
            assertEquals(1, answer.updated());
            Interview atDesk = desk.interviews().get(saved.id());
            assertEquals(Status.SUBMITTED, atDesk.status());
            assertTrue(atDesk.transcript().contains("Юнусабад"));
            assertFalse(desk.review().comments(saved.id()).get(0).isOpen(), "resolved at the desk too");

            List<BundleService.Sealed> ackOnly = desk.bundles().sealReplies(replies);
            assertEquals(1, ackOnly.size(), "the second field bundle is acknowledged");
            assertTrue(desk.audit().verify().intact());
            assertTrue(field.audit().verify().intact());
        }
    }

    @Test
    void aLaterStatusStepWinsOverAnOlderOneOnItsWay() throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        try (VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = vaults.create(temp.resolve("desk"), Fixtures.passphrase())) {
            desk.review().setRole(Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            Interview saved = field.interviews().save(Fixtures.consentedInterview(field).toBuilder()
                    .transcript("Первая версия.").build());
            field.review().transition(saved.id(), Status.SUBMITTED);
            importInto(desk, seal(field, "f1.age"), field.keys().device().fingerprint());

            // The interviewer fixes a typo (status unchanged) while the editor approves.
            field.interviews().save(field.interviews().get(saved.id()).toBuilder().transcript("Первая версия!").build());
            Path second = seal(field, "f2.age");
            desk.review().transition(saved.id(), Status.IN_REVIEW);
            desk.review().transition(saved.id(), Status.APPROVED);
            importInto(desk, second, null);
            Interview atDesk = desk.interviews().get(saved.id());
            assertEquals("Первая версия!", atDesk.transcript());
            assertEquals(Status.APPROVED, atDesk.status(), "the editor's later step stays");
        }
    }

    private Path seal(VaultSession field, String name) throws Exception {
        Path file = temp.resolve(name);
        field.bundles().seal(List.of(), false, file).orElseThrow();
        return file;
    }

    private static DeskImportService.Result importInto(VaultSession vault, Path file, String trust) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return vault.deskImport().importBundle(in, null, trust);
        }
    }
}
