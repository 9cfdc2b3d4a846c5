package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.Age;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Attachment;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.exchange.HostileBundles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field vault's bundles imported into a desk vault, both real encrypted vaults. */
class DeskImportTest {
    @TempDir
    Path temp;
    FieldDevice field;
    VaultSession desk;
    String deskRecipient;
    UUID id;
    byte[] audio = new byte[1_500_000];

    @BeforeEach
    void vaults() throws Exception {
        field = new FieldDevice(temp.resolve("field"));
        desk = Fixtures.fastVaults().create(temp.resolve("desk"), Fixtures.passphrase());
        deskRecipient = desk.keys().device().recipient();
        Interview created = Fixtures.consentedInterview(field.session);
        id = created.id();
        field.session.interviews().save(field.session.interviews().get(id).toBuilder()
                .transcript("Первая версия CANARY-ONE").build());
        field.session.interviews().saveIdentity(id, Fixtures.identity("REAL-NAME"));
        new Random(3).nextBytes(audio);
        field.session.attachments().add(id, "take 1.wav", "audio/wav", new ByteArrayInputStream(audio), audio.length,
                n -> { });
    }

    @AfterEach
    void close() {
        field.close();
        desk.close();
    }

    DeskImportService.Result importBundle(byte[] sealed, String trust) throws InvalidInputException {
        return desk.deskImport().importBundle(new ByteArrayInputStream(sealed), null, trust);
    }

    DeskImportService.Result importTrusted(byte[] sealed) throws InvalidInputException {
        return importBundle(sealed, field.fingerprint());
    }

    /** What must not move when a bundle is refused. */
    record Snapshot(List<InterviewSummary> interviews, int audit, int devices, int conflicts, int tombstones) {
    }

    Snapshot snapshot() {
        return new Snapshot(desk.interviews().list(), desk.audit().all().size(), desk.keys().knownDevices().size(),
                desk.deskImport().conflicts().size(), desk.interviews().tombstones().size());
    }

    int hits(String word) throws InvalidInputException {
        return desk.search().search(word, null, 10).total();
    }

    String transcript(UUID interviewId) {
        return desk.interviews().get(interviewId).transcript();
    }

    void edit(VaultSession session, String transcript) {
        session.interviews().save(session.interviews().get(id).toBuilder().transcript(transcript).build());
    }

    @Test
    void roundTripWithTrustOnFirstUse() throws Exception {
        byte[] sealed = field.seal(deskRecipient, 1, List.of(id), List.of());
        Snapshot before = snapshot();
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> importBundle(sealed, null));
        assertTrue(unknown.getMessage().startsWith("Unknown device " + field.deviceId() + " with fingerprint "
                + field.fingerprint()), unknown.getMessage());
        UnknownDeviceException typed = (UnknownDeviceException) unknown;
        assertEquals(field.deviceId(), typed.deviceId());
        assertEquals(field.fingerprint(), typed.fingerprint(), "what the editor compares, ready to confirm");
        assertEquals(before, snapshot());

        DeskImportService.Result result = importBundle(sealed, field.fingerprint().toLowerCase().replace("-", " "));
        assertEquals(new DeskImportService.Result(field.deviceId(), field.fingerprint(), 1, false, 1, 0, 0, 0, 0, 0), result);
        Interview there = field.session.interviews().get(id);
        Interview here = desk.interviews().get(id);
        assertEquals(there, here);
        assertEquals(Fixtures.identity("REAL-NAME"), desk.interviews().identity(id));
        Attachment attachment = desk.attachments().list(id).get(0);
        try (InputStream in = desk.attachments().open(attachment.id())) {
            assertArrayEquals(audio, in.readAllBytes());
        }
        assertEquals(1, desk.keys().knownDevices().size());
        assertTrue(desk.keys().knownDevices().get(0).trusted());
        assertFalse(desk.audit().forInterview(id).isEmpty(), "the import is audited");
        assertTrue(desk.audit().verify().intact());
        assertEquals(1, hits("CANARY-ONE"));
    }

    @Test
    void theSameBundleAgainChangesNothing() throws Exception {
        byte[] sealed = field.seal(deskRecipient, 1, List.of(id), List.of());
        importTrusted(sealed);
        Snapshot after = snapshot();
        DeskImportService.Result again = importBundle(sealed, null);
        assertTrue(again.alreadyImported());
        assertEquals(after, snapshot());
        assertEquals(1, desk.attachments().list(id).size());
    }

    @Test
    void anOlderBundleAfterANewerIsAReplay() throws Exception {
        byte[] first = field.seal(deskRecipient, 1, List.of(id), List.of());
        edit(field.session, "Вторая версия CANARY-TWO");
        byte[] second = field.seal(deskRecipient, 2, List.of(id), List.of());
        assertEquals(1, importTrusted(second).added());
        Snapshot after = snapshot();
        InvalidInputException replay = assertThrows(InvalidInputException.class, () -> importBundle(first, null));
        assertTrue(replay.getMessage().startsWith("Replay: bundle 1 of device " + field.deviceId()), replay.getMessage());
        assertEquals(after, snapshot());
        assertEquals("Вторая версия CANARY-TWO", transcript(id));
    }

    @Test
    void aNewerRevisionReplacesAnUnchangedDeskCopy() throws Exception {
        importTrusted(field.seal(deskRecipient, 1, List.of(id), List.of()));
        edit(field.session, "Вторая версия CANARY-TWO");
        DeskImportService.Result result = importBundle(field.seal(deskRecipient, 2, List.of(id), List.of()), null);
        assertEquals(1, result.updated());
        assertEquals("Вторая версия CANARY-TWO", transcript(id));
        assertEquals(1, hits("CANARY-TWO"));
        assertEquals(0, hits("CANARY-ONE"));
        // an unchanged interview in the next bundle is left alone
        DeskImportService.Result third = importBundle(field.seal(deskRecipient, 3, List.of(id), List.of()), null);
        assertEquals(0, third.updated() + third.added() + third.conflicts());
    }

    @Test
    void bothChangedIsAConflictResolvedEitherWay() throws Exception {
        importTrusted(field.seal(deskRecipient, 1, List.of(id), List.of()));
        edit(desk, "Правка редактора DESK-EDIT");
        edit(field.session, "Правка в поле FIELD-EDIT");
        DeskImportService.Result result = importBundle(field.seal(deskRecipient, 2, List.of(id), List.of()), null);
        assertEquals(1, result.conflicts());
        assertEquals("Правка редактора DESK-EDIT", transcript(id), "the desk version is kept");
        List<DeskImportService.Conflict> conflicts = desk.deskImport().conflicts();
        assertEquals(1, conflicts.size());
        assertEquals(id, conflicts.get(0).interviewId());
        assertEquals(field.deviceId(), conflicts.get(0).deviceId());

        desk.deskImport().keepTheirs(conflicts.get(0).id());
        assertEquals("Правка в поле FIELD-EDIT", transcript(id));
        assertTrue(desk.deskImport().conflicts().isEmpty());
        assertTrue(desk.audit().verify().intact());

        // again, this time keeping the desk's
        edit(desk, "Вторая правка DESK-TWO");
        edit(field.session, "Вторая правка в поле FIELD-TWO");
        assertEquals(1, importBundle(field.seal(deskRecipient, 3, List.of(id), List.of()), null).conflicts());
        desk.deskImport().keepMine(desk.deskImport().conflicts().get(0).id());
        assertEquals("Вторая правка DESK-TWO", transcript(id));
        assertTrue(desk.deskImport().conflicts().isEmpty());
        UUID gone = UUID.randomUUID();
        assertThrows(NotFoundException.class, () -> desk.deskImport().keepMine(gone));
    }

    @Test
    void aWithdrawalRemovesTheContentAtTheDesk() throws Exception {
        importTrusted(field.seal(deskRecipient, 1, List.of(id), List.of()));
        UUID attachment = desk.attachments().list(id).get(0).id();
        field.session.interviews().withdraw(id, OffsetDateTime.now());
        field.session.interviews().purge(id);
        DeskImportService.Result result = importBundle(field.seal(deskRecipient, 2, List.of(), List.of()), null);
        assertEquals(1, result.withdrawn());
        assertTrue(desk.interviews().list().isEmpty());
        assertEquals(id, desk.interviews().tombstones().get(0).interviewId());
        assertThrows(NotFoundException.class, () -> desk.attachments().get(attachment));
        assertEquals(0, hits("CANARY-ONE"));
    }

    @Test
    void everyBadInputLeavesTheVaultUnchanged() throws Exception {
        importTrusted(field.seal(deskRecipient, 1, List.of(id), List.of()));
        edit(field.session, "Вторая версия CANARY-TWO");
        byte[] good = field.seal(deskRecipient, 2, List.of(id), List.of());
        Snapshot before = snapshot();

        byte[] truncated = Arrays.copyOf(good, good.length - 700);
        assertRefused(truncated, null, "Truncated bundle");
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        assertRefused(flipped, null, "Damaged bundle");
        try (AgeIdentity other = AgeIdentity.generate()) {
            assertRefused(field.seal(other.recipient().value(), 2, List.of(id), List.of()), null, "Wrong recipient");
        }
        Ed25519.SigningKeys stranger = Ed25519.generate();
        AgeRecipient to = AgeRecipient.parse(deskRecipient);
        assertRefused(HostileBundles.craft(HostileBundles.Kind.BAD_JSON, field.deviceId(), 5, stranger, to),
                Ed25519.fingerprint(stranger.publicKey()), "Bad signature");
        UUID newDevice = UUID.randomUUID();
        assertRefused(HostileBundles.craft(HostileBundles.Kind.BAD_JSON, newDevice, 1, stranger, to), null,
                "Unknown device " + newDevice);
        String trusted = Ed25519.fingerprint(stranger.publicKey());
        assertRefused(HostileBundles.craft(HostileBundles.Kind.PATH_TRAVERSAL, newDevice, 1, stranger, to), trusted,
                "Path traversal");
        assertRefused(HostileBundles.craft(HostileBundles.Kind.ZIP_BOMB, newDevice, 1, stranger, to), trusted,
                "Zip bomb");
        assertRefused(HostileBundles.craft(HostileBundles.Kind.BAD_JSON, newDevice, 1, stranger, to), trusted,
                "Bad JSON in vocabulary.json");
        assertRefused(field.seal(deskRecipient, 1, List.of(id), List.of()), null, "Replay");
        assertRefused("not a bundle at all".getBytes(StandardCharsets.UTF_8), null, "Wrong recipient");
        assertEquals(before, snapshot());
        assertEquals("Первая версия CANARY-ONE", transcript(id));
        // and the good bundle still imports after all that
        assertEquals(1, importBundle(good, null).updated());
    }

    void assertRefused(byte[] sealed, String trust, String reason) {
        Snapshot before = snapshot();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> importBundle(sealed, trust));
        assertTrue(e.getMessage().startsWith(reason), "expected '" + reason + "…' but got: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("REAL-NAME"), e.getMessage());
        assertEquals(before, snapshot(), "the vault changed after: " + e.getMessage());
    }

    /** A zip sealed by the age command line (not by Caravan) to the desk imports like any other bundle. */
    @Test
    void aBundleEncryptedByTheAgeCommandLineImports() throws Exception {
        Path age = Path.of("/usr/bin/age");
        assumeTrue(Files.isExecutable(age) || onPath("age"), "the age command line is not installed");
        byte[] sealed = field.seal(deskRecipient, 1, List.of(id), List.of());
        byte[] zip;
        // The plain zip inside a Caravan-sealed bundle, opened here with the desk's own identity.
        char[] own = desk.keys().exportIdentity();
        try (AgeIdentity identity = AgeIdentity.parse(own); InputStream in = Age.decrypt(new ByteArrayInputStream(sealed),
                identity)) {
            zip = in.readAllBytes();
        } finally {
            Arrays.fill(own, '\0');
        }
        Path plain = temp.resolve("bundle.zip");
        Path out = temp.resolve("bundle.age");
        Files.write(plain, zip);
        Process p = new ProcessBuilder("age", "-r", deskRecipient, "-o", out.toString(), plain.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        DeskImportService.Result result = importTrusted(Files.readAllBytes(out));
        assertEquals(1, result.added());
        assertEquals("Первая версия CANARY-ONE", transcript(id));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
