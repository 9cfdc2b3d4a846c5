package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.crypto.AgePassphrase;
import app.caravan.domain.Attachment;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle sealed to a courier passphrase (age scrypt) instead of the desk's keys. */
class PassphraseBundleTest {
    private static final int FAST = 10;

    @BeforeAll
    static void vocabulary(@TempDir Path dir) throws Exception {
        BundleTest.vocabularyOfARealVault(dir);
    }

    private static byte[] seal(BundleContents contents, String passphrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AgePassphrase p = AgePassphrase.of(passphrase.toCharArray(), FAST)) {
            new BundleWriter(BundleTest.SIGNER.privateKey(), BundleTest.SIGNER.publicKey(), BundleTest.DEVICE.recipient())
                    .write(contents, p, out);
        }
        return out.toByteArray();
    }

    private static Bundle open(byte[] sealed, String passphrase, AttachmentSink sink) throws Exception {
        try (AgePassphrase p = AgePassphrase.of(passphrase.toCharArray(), FAST)) {
            return new BundleReader(BundleLimits.DEFAULT, BundleTest.vocabulary).read(new ByteArrayInputStream(sealed),
                    p, TrustPolicy.expect(BundleTest.SIGNER.publicKey()), sink);
        }
    }

    @Test
    void roundTripThroughThePassphrase() throws Exception {
        UUID interviewId = BundleTest.contents(Identity.EMPTY, List.of()).interviews().get(0).interview().id();
        Attachment audio = BundleTest.audio(interviewId);
        BundleContents contents = BundleTest.contents(Identity.EMPTY,
                List.of(new BundleAttachment(audio, () -> new ByteArrayInputStream(BundleTest.AUDIO))));
        byte[] sealed = seal(contents, "courier");
        assertTrue(new String(sealed, 0, 64, StandardCharsets.ISO_8859_1).contains("\n-> scrypt "));
        assertTrue(!new String(sealed, StandardCharsets.ISO_8859_1).contains("CANARY"), "sealed bytes are plaintext");

        Map<UUID, byte[]> received = new HashMap<>();
        Bundle bundle = open(sealed, "courier", (a, in) -> received.put(a.id(), in.readAllBytes()));
        assertEquals(1, bundle.manifest().recipients());
        assertEquals(contents.interviews().stream().map(IdentifiedInterview::interview).toList(),
                bundle.interviews().stream().map(IdentifiedInterview::interview).toList());
        assertEquals(contents.tombstones(), bundle.tombstones());
        assertArrayEquals(BundleTest.AUDIO, received.get(audio.id()));
    }

    @Test
    void aWrongPassphraseSaysSoInOneLine() throws Exception {
        byte[] sealed = seal(BundleTest.contents(Identity.EMPTY, List.of()), "courier");
        String message = assertThrows(BundleException.class, () -> open(sealed, "currier", AttachmentSink.DISCARD))
                .getMessage();
        assertEquals("Wrong passphrase: it does not open this age file",
                message);
    }

    @Test
    void keySealedAndPassphraseSealedBundlesDoNotOpenTheOtherWay() throws Exception {
        byte[] forDesk = BundleTest.seal(BundleTest.contents(Identity.EMPTY, List.of()));
        String message = assertThrows(BundleException.class, () -> open(forDesk, "courier", AttachmentSink.DISCARD))
                .getMessage();
        assertTrue(message.contains("not encrypted to a passphrase"), message);

        byte[] forCourier = seal(BundleTest.contents(Identity.EMPTY, List.of()), "courier");
        assertTrue(BundleTest.refusal(forCourier).startsWith("Wrong recipient"));
    }
}
