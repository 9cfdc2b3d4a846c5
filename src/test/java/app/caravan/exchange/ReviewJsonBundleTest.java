package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.Acknowledgement;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review.json and the manifest's replyTo: what replies carry, and the one-line refusals of bad ones. */
class ReviewJsonBundleTest {
    private static final UUID INTERVIEW = UUID.fromString("6f1c1e1a-0000-4000-8000-000000000001");

    static ReviewState state() {
        ReviewComment resolved = new ReviewComment(UUID.fromString("6f1c1e1a-0000-4000-8000-00000000000a"), INTERVIEW, 3, 10, "Ташкент", "Which district?",
                "Anna", Instant.parse("2026-11-20T09:14:00Z"), Instant.parse("2026-11-21T08:00:00Z"), "Timur", false);
        ReviewComment open = new ReviewComment(UUID.fromString("6f1c1e1a-0000-4000-8000-00000000000b"), INTERVIEW, 0, 0, "", "Add the date", "Anna",
                Instant.parse("2026-11-20T09:15:00Z"), null, null, true);
        return new ReviewState(INTERVIEW, Status.CHANGES_REQUESTED, Instant.parse("2026-11-20T09:16:00Z"), "Anna",
                List.of(resolved, open));
    }

    /** Own keys: BundleTest wipes its identities when it is done, whatever runs next. */
    private static final app.caravan.crypto.AgeIdentity DESK = app.caravan.crypto.AgeIdentity.generate();
    private static final app.caravan.crypto.AgeIdentity DEVICE = app.caravan.crypto.AgeIdentity.generate();
    private static final app.caravan.crypto.Ed25519.SigningKeys SIGNER = app.caravan.crypto.Ed25519.generate();

    @BeforeAll
    static void vocabulary(@TempDir Path dir) throws Exception {
        BundleTest.vocabularyOfARealVault(dir);
    }

    @org.junit.jupiter.api.AfterAll
    static void wipe() {
        DESK.close();
        DEVICE.close();
    }

    private static byte[] seal(BundleContents contents) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new BundleWriter(SIGNER.privateKey(), SIGNER.publicKey(), DEVICE.recipient())
                .write(contents, List.of(DESK.recipient()), out);
        return out.toByteArray();
    }

    private static Bundle open(byte[] sealed) throws BundleException {
        return new BundleReader(BundleLimits.DEFAULT, BundleTest.vocabulary).read(
                new java.io.ByteArrayInputStream(sealed), DESK, TrustPolicy.FIRST_USE, AttachmentSink.DISCARD);
    }

    private static String refusal(byte[] sealed) {
        return assertThrows(BundleException.class, () -> open(sealed)).getMessage();
    }

    @Test
    void repliesCarryReviewStatesAcknowledgementsAndTheReplyKey() throws Exception {
        BundleContents plain = BundleTest.contents(app.caravan.domain.Identity.EMPTY, List.of());
        Acknowledgement ack = new Acknowledgement(UUID.randomUUID(), 7);
        BundleContents reply = new BundleContents(plain.deviceId(), plain.sequence(), plain.createdAt(),
                plain.vocabulary(), List.of(), List.of(), List.of(), List.of(), DEVICE.recipient().value(),
                List.of(ack), List.of(state()));
        Bundle bundle = open(seal(reply));
        assertEquals(List.of(ack), bundle.acknowledged());
        assertEquals(List.of(state()), bundle.reviews());
        assertEquals(DEVICE.recipient().value(), bundle.manifest().replyTo());
        assertEquals(state().stamp(), bundle.reviews().get(0).stamp());

        Bundle old = open(seal(plain));
        assertNull(old.manifest().replyTo(), "optional: bundles without it still open");
        assertTrue(old.reviews().isEmpty() && old.acknowledged().isEmpty());
    }

    @Test
    void eachBadReviewEntryHasItsOwnReason() throws Exception {
        String review = "{\"acknowledged\":[],\"reviews\":[{\"interviewId\":\"" + INTERVIEW + "\",\"status\":%s,"
                + "\"statusChangedAt\":\"2026-11-20T09:16:00Z\",\"statusChangedBy\":\"Anna\",\"comments\":[%s]}]}";
        String comment = "{\"id\":\"" + UUID.randomUUID() + "\",\"start\":%s,\"end\":5,\"quote\":\"q\",\"body\":\"b\","
                + "\"author\":\"a\",\"createdAt\":\"2026-11-20T09:14:00Z\",\"detached\":false%s}";
        Map<String, String> cases = Map.of(
                String.format(review, "\"published\"", ""), "status is not a review status",
                String.format(review, "\"approved\"", String.format(comment, "-1", "")), "start and end",
                String.format(review, "\"approved\"", String.format(comment, "1", ",\"resolvedAt\":\"2026-11-20T09:14:00Z\"")),
                "resolvedAt and resolvedBy go together",
                String.format(review, "\"approved\"", String.format(comment, "1", ",\"extra\":1")), "unknown field \"extra\"",
                "{\"acknowledged\":[{\"deviceId\":\"" + UUID.randomUUID() + "\",\"sequence\":0}],\"reviews\":[]}",
                "sequence must be 1 or more",
                "{\"acknowledged\":[],\"reviews\":[]} trailing", "Bad JSON in review.json");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Map<String, byte[]> entries = BundleTest.validEntries();
            entries.put(BundleEntries.REVIEW, c.getKey().getBytes(StandardCharsets.UTF_8));
            String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(),
                    entries, m -> { }));
            assertTrue(message.startsWith("Bad JSON in review.json") && message.contains(c.getValue()),
                    c.getKey() + " -> " + message);
        }
        String twice = String.format(review, "\"approved\"", "");
        twice = twice.replace("}]}", "}," + twice.substring(twice.indexOf("{\"interviewId"), twice.length() - 2) + "]}");
        Map<String, byte[]> entries = BundleTest.validEntries();
        entries.put(BundleEntries.REVIEW, twice.getBytes(StandardCharsets.UTF_8));
        String message = refusal(SealedBundles.craft(SIGNER, DESK.recipient(),
                entries, m -> { }));
        assertTrue(message.contains("listed twice"), message);
    }

    @Test
    void aManifestWhoseReplyKeyIsNotAnAgeRecipientIsRefused() {
        ByteArrayOutputStream unused = new ByteArrayOutputStream();
        String json = "{\"format\":\"caravan-bundle\",\"version\":1,\"deviceId\":\"" + UUID.randomUUID()
                + "\",\"sequence\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"recipients\":1,\"signingKey\":\""
                + java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\",\"entries\":[],"
                + "\"replyTo\":\"AGE-SECRET-KEY-1QQQ\"}";
        String message = assertThrows(BundleException.class, () -> BundleManifest.parse(
                json.getBytes(StandardCharsets.UTF_8), BundleLimits.DEFAULT)).getMessage();
        assertEquals("Bad JSON in manifest.json: replyTo is not an age1… recipient", message);
        assertEquals(0, unused.size());
    }
}
