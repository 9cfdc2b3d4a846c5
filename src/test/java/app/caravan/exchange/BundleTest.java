package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Attachment;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seal and open bundles for real (jagged age, JDK Ed25519), and every way a bundle is refused. */
class BundleTest {
    static Vocabulary vocabulary;
    static final AgeIdentity DESK = AgeIdentity.generate();
    static final AgeIdentity DEVICE = AgeIdentity.generate();
    static final Ed25519.SigningKeys SIGNER = Ed25519.generate();
    static final UUID DEVICE_ID = UUID.randomUUID();
    static final byte[] AUDIO = new byte[300_000];

    @BeforeAll
    static void vocabularyOfARealVault(@TempDir Path dir) throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(dir.resolve("v"), Fixtures.passphrase())) {
            vocabulary = session.vocabulary().current();
        }
        new Random(7).nextBytes(AUDIO);
    }

    @AfterAll
    static void wipe() {
        DESK.close();
        DEVICE.close();
    }

    static Attachment audio(UUID interviewId) {
        return new Attachment(UUID.randomUUID(), interviewId, "take 1.wav", "audio/wav", AUDIO.length,
                BundleWriter.sha256(AUDIO), Instant.parse("2026-01-02T03:04:05Z"));
    }

    static BundleContents contents(Identity identity, List<BundleAttachment> attachments) {
        Interview interview = Fixtures.fullInterview("CANARY");
        Tombstone tombstone = new Tombstone(UUID.randomUUID(), OffsetDateTime.parse("2026-01-01T10:00:00+05:00"),
                Instant.parse("2026-01-03T00:00:00Z"));
        return new BundleContents(DEVICE_ID, 7, Instant.parse("2026-01-04T00:00:00Z"), vocabulary,
                List.of(new IdentifiedInterview(interview, identity)), List.of(UUID.randomUUID()), List.of(tombstone),
                attachments);
    }

    static byte[] seal(BundleContents contents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleWriter(SIGNER.privateKey(), SIGNER.publicKey(), DEVICE.recipient())
                .write(contents, List.of(DESK.recipient()), out);
        return out.toByteArray();
    }

    static Bundle open(byte[] sealed) throws BundleException {
        return open(sealed, BundleLimits.DEFAULT);
    }

    static Bundle open(byte[] sealed, BundleLimits limits) throws BundleException {
        return new BundleReader(limits, vocabulary).read(new ByteArrayInputStream(sealed), DESK, TrustPolicy.FIRST_USE,
                AttachmentSink.DISCARD);
    }

    static String refusal(byte[] sealed) {
        return assertThrows(BundleException.class, () -> open(sealed)).getMessage();
    }

    @Test
    void roundTripKeepsEverythingButTheIdentity() throws Exception {
        Interview interview = Fixtures.fullInterview("CANARY");
        Attachment attachment = audio(interview.id());
        BundleContents contents = contents(Identity.EMPTY,
                List.of(new BundleAttachment(attachment, () -> new ByteArrayInputStream(AUDIO))));
        byte[] sealed = seal(contents);
        Map<UUID, byte[]> received = new HashMap<>();
        Bundle bundle = new BundleReader(BundleLimits.DEFAULT, vocabulary).read(new ByteArrayInputStream(sealed), DESK,
                TrustPolicy.expect(SIGNER.publicKey()), (a, in) -> received.put(a.id(), in.readAllBytes()));

        assertEquals(DEVICE_ID, bundle.manifest().deviceId());
        assertEquals(7, bundle.manifest().sequence());
        assertEquals(1, bundle.manifest().recipients());
        assertEquals(Ed25519.fingerprint(SIGNER.publicKey()), bundle.signerFingerprint());
        assertEquals(List.of(interview), bundle.interviews().stream().map(IdentifiedInterview::interview).toList());
        assertEquals(Identity.EMPTY, bundle.interviews().get(0).identity());
        assertEquals(contents.withdrawn(), bundle.withdrawn());
        assertEquals(contents.tombstones(), bundle.tombstones());
        assertEquals(List.of(attachment), bundle.attachments());
        assertArrayEquals(AUDIO, received.get(attachment.id()));
        assertTrue(!new String(sealed, StandardCharsets.ISO_8859_1).contains("CANARY"), "sealed bytes are plaintext");
    }

    @Test
    void identityTravelsOnlyWhenGiven() throws Exception {
        Bundle bundle = open(seal(contents(Fixtures.identity("CANARY"), List.of())));
        assertEquals(Fixtures.identity("CANARY"), bundle.interviews().get(0).identity());
    }

    @Test
    void theDeviceCannotReadItsOwnSealedBundle() throws Exception {
        byte[] sealed = seal(contents(Identity.EMPTY, List.of()));
        String message = assertThrows(BundleException.class, () -> new BundleReader(BundleLimits.DEFAULT, vocabulary)
                .read(new ByteArrayInputStream(sealed), DEVICE, TrustPolicy.FIRST_USE, AttachmentSink.DISCARD))
                .getMessage();
        assertTrue(message.startsWith("Wrong recipient"), message);
    }

    @Test
    void ownKeyIsRefusedAsRecipient() {
        BundleWriter writer = new BundleWriter(SIGNER.privateKey(), SIGNER.publicKey(), DEVICE.recipient());
        String message = assertThrows(BundleException.class, () -> writer.write(contents(Identity.EMPTY, List.of()),
                List.of(DESK.recipient(), DEVICE.recipient()), new ByteArrayOutputStream())).getMessage();
        assertTrue(message.contains("own key"), message);
    }

    @Test
    void damagedAttachmentIsNotSealed() {
        UUID interviewId = Fixtures.fullInterview("x").id();
        byte[] other = AUDIO.clone();
        other[5] ^= 1;
        BundleContents contents = contents(Identity.EMPTY,
                List.of(new BundleAttachment(audio(interviewId), () -> new ByteArrayInputStream(other))));
        String message = assertThrows(BundleException.class, () -> seal(contents)).getMessage();
        assertTrue(message.contains("does not match its recorded size and SHA-256"), message);
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] sealed = seal(contents(Identity.EMPTY, List.of()));
        String message = refusal(java.util.Arrays.copyOf(sealed, sealed.length - 20));
        assertTrue(message.startsWith("Truncated bundle"), message);
    }

    @Test
    void flippedByte() throws Exception {
        UUID interviewId = Fixtures.fullInterview("x").id();
        byte[] sealed = seal(contents(Identity.EMPTY,
                List.of(new BundleAttachment(audio(interviewId), () -> new ByteArrayInputStream(AUDIO)))));
        sealed[sealed.length / 2] ^= 0x10;
        assertTrue(refusal(sealed).startsWith("Damaged bundle: flipped"), refusal(sealed));
    }

    @Test
    void notEncryptedToTheDesk() throws Exception {
        byte[] sealed = SealedBundles.seal("hello".getBytes(StandardCharsets.UTF_8), DEVICE.recipient());
        assertTrue(refusal(sealed).startsWith("Wrong recipient"), refusal(sealed));
    }

    static Map<String, byte[]> validEntries() throws Exception {
        ByteArrayOutputStream vocab = new ByteArrayOutputStream();
        new app.caravan.interchange.InterchangeWriter().write(vocab, List.of(), Vocabulary.EMPTY);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleEntries.VOCABULARY, vocab.toByteArray());
        entries.put(BundleEntries.WITHDRAWALS, BundleJson.withdrawals(List.of(), List.of()));
        entries.put(BundleEntries.ATTACHMENTS, BundleJson.attachments(List.of()));
        return entries;
    }

    @Test
    void handCraftedValidBundleOpens() throws Exception {
        Bundle bundle = open(SealedBundles.craft(SIGNER, DESK.recipient(), validEntries(), m -> { }));
        assertTrue(bundle.interviews().isEmpty());
    }

    @Test
    void badSignature() throws Exception {
        Ed25519.SigningKeys other = Ed25519.generate();
        Ed25519.SigningKeys forged = new Ed25519.SigningKeys(SIGNER.publicKey(), other.privateKey());
        String message = refusal(SealedBundles.craft(forged, DESK.recipient(), validEntries(), m -> { }));
        assertTrue(message.startsWith("Bad signature"), message);
    }

    @Test
    void signedByAnUnexpectedKey() throws Exception {
        byte[] sealed = SealedBundles.craft(Ed25519.generate(), DESK.recipient(), validEntries(), m -> { });
        String message = assertThrows(BundleException.class, () -> new BundleReader(BundleLimits.DEFAULT, vocabulary)
                .read(new ByteArrayInputStream(sealed), DESK, TrustPolicy.expect(SIGNER.publicKey()),
                        AttachmentSink.DISCARD)).getMessage();
        assertTrue(message.startsWith("Bad signature") && message.contains("other than the one known"), message);
    }

    @Test
    void unknownEntry() throws Exception {
        Map<String, byte[]> entries = validEntries();
        entries.put("notes.txt", new byte[] {1});
        assertTrue(refusal(SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> { }))
                .startsWith("Unknown entry"));
    }

    @Test
    void entryMissingFromTheManifest() throws Exception {
        Map<String, byte[]> entries = validEntries();
        byte[] sealed = SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> m.remove(BundleEntries.ATTACHMENTS));
        assertTrue(refusal(sealed).startsWith("Unknown entry attachments.json"), refusal(sealed));
    }

    @Test
    void pathTraversal() throws Exception {
        for (String name : List.of("../../.bashrc", "/etc/passwd", "interviews\\x.json", "interviews/../x")) {
            Map<String, byte[]> entries = validEntries();
            entries.put(name, new byte[] {1});
            String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> m.remove(name)));
            assertTrue(message.startsWith("Path traversal"), name + ": " + message);
        }
    }

    @Test
    void duplicateEntryNames() throws Exception {
        Map<String, byte[]> entries = validEntries();
        entries.put("withdrawalX.json", entries.get(BundleEntries.WITHDRAWALS));
        Map<String, byte[]> all = new LinkedHashMap<>();
        BundleManifest manifest = new BundleManifest(DEVICE_ID, 1, Instant.now(), 1, SIGNER.publicKey(),
                Map.of(BundleEntries.WITHDRAWALS, new BundleManifest.Entry(BundleEntries.WITHDRAWALS,
                        entries.get(BundleEntries.WITHDRAWALS).length,
                        BundleWriter.sha256(entries.get(BundleEntries.WITHDRAWALS)))));
        all.put(BundleEntries.MANIFEST, manifest.toJson());
        all.put(BundleEntries.SIGNATURE, Ed25519.sign(SIGNER.privateKey(), manifest.toJson()));
        all.put(BundleEntries.WITHDRAWALS, entries.get(BundleEntries.WITHDRAWALS));
        all.put("withdrawalX.json", entries.get(BundleEntries.WITHDRAWALS));
        // ZipOutputStream refuses duplicate names, so the second name is renamed in the raw bytes.
        String zip = new String(SealedBundles.zip(all), StandardCharsets.ISO_8859_1)
                .replace("withdrawalX.json", BundleEntries.WITHDRAWALS);
        byte[] sealed = SealedBundles.seal(zip.getBytes(StandardCharsets.ISO_8859_1), DESK.recipient());
        assertTrue(refusal(sealed).startsWith("Duplicate entry withdrawals.json"), refusal(sealed));
    }

    @Test
    void zipBombByRatio() throws Exception {
        byte[] zeros = new byte[20 << 20];
        UUID interviewId = UUID.randomUUID();
        Attachment bomb = new Attachment(UUID.randomUUID(), interviewId, "a.bin", "application/octet-stream",
                zeros.length, BundleWriter.sha256(zeros), Instant.now());
        Map<String, byte[]> entries = validEntries();
        entries.put(BundleEntries.ATTACHMENTS, BundleJson.attachments(List.of(bomb)));
        entries.put(BundleEntries.attachment(interviewId, bomb.id()), zeros);
        String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> { }));
        assertTrue(message.startsWith("Zip bomb") && message.contains("expands more than"), message);
    }

    @Test
    void zipBombByDeclaredSize() throws Exception {
        byte[] sealed = SealedBundles.craft(SIGNER, DESK.recipient(), validEntries(), m -> { });
        BundleLimits tight = new BundleLimits(1000, 100, 1 << 20, 200, 1 << 20);
        String message = assertThrows(BundleException.class, () -> open(sealed, tight)).getMessage();
        assertTrue(message.startsWith("Zip bomb"), message);
    }

    @Test
    void hashMismatch() throws Exception {
        Map<String, byte[]> entries = validEntries();
        byte[] sealed = SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> m.put(BundleEntries.WITHDRAWALS,
                new BundleManifest.Entry(BundleEntries.WITHDRAWALS, entries.get(BundleEntries.WITHDRAWALS).length,
                        "0".repeat(64))));
        assertTrue(refusal(sealed).startsWith("Hash mismatch"), refusal(sealed));
    }

    @Test
    void badJson() throws Exception {
        Map<String, byte[]> entries = validEntries();
        entries.put(BundleEntries.WITHDRAWALS, "{\"withdrawn\": [], \"withdrawn\": []}".getBytes(StandardCharsets.UTF_8));
        String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> { }));
        assertTrue(message.startsWith("Bad JSON in withdrawals.json"), message);
    }

    @Test
    void interviewThatDoesNotMatchItsName() throws Exception {
        Map<String, byte[]> entries = validEntries();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new app.caravan.interchange.InterchangeWriter().write(json,
                List.of(new IdentifiedInterview(Fixtures.fullInterview("x"), Identity.EMPTY)), Vocabulary.EMPTY);
        entries.put(BundleEntries.interview(UUID.randomUUID()), json.toByteArray());
        String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(), entries, m -> { }));
        assertTrue(message.startsWith("Bad JSON in interviews/"), message);
    }
}
