package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.SyncService.SealedBundle;
import app.caravan.app.VaultSession;
import app.caravan.domain.OutboxBundle;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan sync} and {@code caravan targets}, in-process on a real (cheap-KDF) vault. */
class SyncCliTest {
    @TempDir
    Path temp;
    Path vault;
    Path passphraseFile;

    @BeforeEach
    void init() throws Exception {
        passphraseFile = CliRun.passphraseFile(temp);
        vault = temp.resolve("v");
        assertEquals(0, inVault("init").exit());
    }

    CliRun inVault(String... args) {
        return CliRun.inVault(vault, passphraseFile, args);
    }

    OutboxBundle enqueue(long seq, byte[] content) throws Exception {
        try (VaultSession session = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return session.sync().enqueue(new SealedBundle(UUID.randomUUID(), "field-1", seq, content.length, sha),
                    new ByteArrayInputStream(content));
        }
    }

    @Test
    void syncDeliversToAFolderTargetAndThenHasNothingToDo() throws Exception {
        OutboxBundle bundle = enqueue(1, "sealed bytes".getBytes());
        Path usb = Files.createDirectories(temp.resolve("usb"));

        CliRun noTarget = inVault("sync");
        assertEquals(1, noTarget.exit());
        assertTrue(noTarget.err().contains("no delivery target"), noTarget.err());

        CliRun added = inVault("targets", "add", "folder", usb.toString());
        assertEquals(0, added.exit(), added.err());
        CliRun synced = inVault("sync");

        assertEquals(0, synced.exit(), synced.err());
        assertEquals("#1 " + bundle.id() + " -> folder " + usb + ": delivered\n", synced.out());
        assertEquals("sealed bytes", Files.readString(usb.resolve(bundle.fileName())));
        assertEquals("nothing to deliver\n", inVault("sync").out());
    }

    @Test
    void anUnreachableTargetExitsOneWithTheReason() throws Exception {
        enqueue(1, new byte[] {1, 2, 3});
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Path passwordFile = temp.resolve("dav-password");
        Files.writeString(passwordFile, "secret\n");
        String url = "http://127.0.0.1:" + closedPort + "/dav";
        assertEquals(0, inVault("targets", "add", "webdav", url, "--user", "anna", "--password-file",
                passwordFile.toString()).exit());

        CliRun synced = inVault("sync");

        assertEquals(1, synced.exit());
        assertTrue(synced.out().contains("failed, retry after"), synced.out());
        assertTrue(synced.err().startsWith("caravan: 1 bundle(s) stay queued: WebDAV " + url + "/: unreachable"),
                synced.err());
        assertEquals(1, synced.err().strip().lines().count());
    }

    @Test
    void targetsAreListedAndRemovedAndAWebDavPasswordIsNeverAnArgument() throws Exception {
        CliRun noPassword = inVault("targets", "add", "webdav", "https://cloud.example.org/dav",
                "--user", "anna");
        assertEquals(1, noPassword.exit());
        assertTrue(noPassword.err().contains("CARAVAN_WEBDAV_PASSWORD"), noPassword.err());

        inVault("targets", "add", "folder", temp.resolve("usb").toString());
        String listed = inVault("targets", "list").out();
        assertTrue(listed.contains("folder " + temp.resolve("usb")), listed);
        String id = listed.split(" ")[0];

        assertEquals(0, inVault("targets", "remove", id).exit());
        assertTrue(inVault("targets", "list").out().startsWith("no delivery target"));
        assertEquals(1, inVault("targets", "remove", id).exit());
    }

    @Test
    void aDeskPullsAFieldBundleOnlyAfterItsFingerprintIsConfirmedAndAnswers() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        assertEquals(0, inVault("role", "desk").exit());
        assertEquals(0, inVault("targets", "add", "folder", share.toString()).exit());
        String deskKey;
        try (VaultSession desk = Fixtures.fastVaults().open(vault, Fixtures.passphrase())) {
            deskKey = desk.keys().device().recipient();
        }
        String fingerprint;
        try (VaultSession field = Fixtures.fastVaults().create(temp.resolve("field"), Fixtures.passphrase())) {
            field.keys().addRecipient(deskKey, "desk");
            field.sync().addFolder(share);
            Fixtures.consentedInterview(field);
            field.bundles().seal(java.util.List.of(), false, null).orElseThrow();
            field.sync().deliver(true, null, null);
            fingerprint = field.keys().device().fingerprint();
        }

        CliRun untrusted = inVault("sync");
        assertEquals(0, untrusted.exit(), untrusted.err());
        assertTrue(untrusted.out().contains("not imported: Unknown device") && untrusted.out().contains(fingerprint),
                untrusted.out());
        CliRun trusted = inVault("sync", "--trust", fingerprint);
        assertEquals(0, trusted.exit(), trusted.err());
        assertTrue(trusted.out().contains(": 1 added, 0 updated"), trusted.out());
        assertTrue(trusted.out().contains("reply #"), trusted.out());
        assertTrue(trusted.out().lines().anyMatch(l -> l.contains("-> folder " + share) && l.endsWith("delivered")),
                trusted.out());
        try (var replies = Files.list(share.resolve("replies"))) {
            assertEquals(1, replies.count(), "one folder of replies, for that device");
        }
        assertEquals("nothing to deliver\n", inVault("sync").out(), "nothing pulled twice, no reply without news");
    }
}
