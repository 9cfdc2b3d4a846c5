package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.InboxService.Outcome;
import app.caravan.domain.BundleState;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.exchange.WebDavServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field → desk → field with nothing but sync rounds, through a shared folder and through a real
 * WebDAV server (Tomcat's WebdavServlet): the desk pulls the field bundle (after its fingerprint is
 * confirmed), the review results and the acknowledgement come back in replies, and the field
 * device shows "changes requested". Every bundle arrives exactly once.
 */
class TwoWaySyncTest {
    @TempDir
    Path temp;

    /** Adds the same target to a vault. */
    @FunctionalInterface
    private interface Target {
        void addTo(VaultSession session) throws Exception;
    }

    @Test
    void throughASharedFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("syncthing"));
        roundTrip(session -> session.sync().addFolder(folder));
        assertTrue(Files.isDirectory(folder.resolve("replies")), "replies go to their own folder");
    }

    @Test
    void throughWebDav() throws Exception {
        try (WebDavServer server = new WebDavServer(temp.resolve("dav"), temp.resolve("tomcat"), "team", "секрет")) {
            roundTrip(session -> session.sync().addWebDav(server.url("caravan/"), "team", "секрет".toCharArray()));
            assertEquals(3, SyncServiceTest.bundles(temp.resolve("dav")).size(), "one field bundle and two replies");
        }
    }

    private void roundTrip(Target target) throws Exception {
        LocalVaultService vaults = Fixtures.fastVaults();
        try (VaultSession field = vaults.create(temp.resolve("field"), Fixtures.passphrase());
                VaultSession desk = vaults.create(temp.resolve("desk"), Fixtures.passphrase())) {
            desk.review().setRole(Role.DESK);
            field.keys().addRecipient(desk.keys().device().recipient(), "desk");
            target.addTo(field);
            target.addTo(desk);
            Interview saved = field.interviews().save(Fixtures.consentedInterview(field).toBuilder()
                    .transcript("Уехали в Ереван, открыли кофейню.").build());
            field.review().transition(saved.id(), Status.SUBMITTED);
            field.bundles().seal(List.of(), false, null).orElseThrow();

            SyncRound.Report sent = field.syncRound().run(true, null, null, null);
            assertTrue(sent.delivered().complete(), sent.toString());
            assertTrue(sent.pulled().lines().isEmpty(), "no reply yet");

            SyncRound.Report unknown = desk.syncRound().run(true, null, null, null);
            assertEquals(1, unknown.pulled().count(Outcome.UNTRUSTED), unknown.toString());
            assertTrue(unknown.pulled().lines().get(0).detail().contains(field.keys().device().fingerprint()));
            assertTrue(desk.interviews().list().isEmpty());
            assertTrue(unknown.replies().isEmpty());

            SyncRound.Report trusted = desk.syncRound().run(true, null, null, field.keys().device().fingerprint());
            assertEquals(1, trusted.pulled().count(Outcome.IMPORTED), trusted.toString());
            assertEquals(Status.SUBMITTED, desk.interviews().get(saved.id()).status());
            assertEquals(1, trusted.replies().size(), "the acknowledgement goes back");
            assertTrue(trusted.delivered().complete(), trusted.toString());

            desk.review().transition(saved.id(), Status.IN_REVIEW);
            int at = saved.transcript().indexOf("кофейню");
            ReviewComment comment = desk.review().addComment(saved.id(), at, at + 7, "Как она называется?");
            desk.review().transition(saved.id(), Status.CHANGES_REQUESTED);
            SyncRound.Report reviewed = desk.syncRound().run(true, null, null, null);
            assertTrue(reviewed.pulled().lines().isEmpty(), "the field bundle is not pulled twice");
            assertEquals(1, reviewed.replies().size());

            SyncRound.Report untrustedDesk = field.syncRound().run(true, null, null, null);
            assertEquals(1, untrustedDesk.pulled().count(Outcome.UNTRUSTED), "the desk's key is confirmed too");
            SyncRound.Report back = field.syncRound().run(true, null, null, desk.keys().device().fingerprint());
            assertEquals(2, back.pulled().count(Outcome.IMPORTED), back.toString());
            assertEquals(Status.CHANGES_REQUESTED, field.interviews().get(saved.id()).status());
            assertEquals(List.of(comment.id()), field.review().comments(saved.id()).stream()
                    .map(ReviewComment::id).toList());
            assertEquals(BundleState.ACKNOWLEDGED, field.sync().outbox().get(0).state());

            assertTrue(field.syncRound().run(true, null, null, null).pulled().lines().isEmpty());
            SyncRound.Report quiet = desk.syncRound().run(true, null, null, null);
            assertTrue(quiet.pulled().lines().isEmpty() && quiet.replies().isEmpty(), quiet.toString());
            assertTrue(field.bundles().seal(List.of(), false, null).isEmpty(), "nothing echoes back");
        }
    }
}
