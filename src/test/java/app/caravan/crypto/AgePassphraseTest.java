package app.caravan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgePassphraseTest {
    /** Small, so the tests do not spend 256 MiB and a second per key derivation. */
    static final int FAST = 10;
    private static final byte[] PLAIN = "an interview for the courier".getBytes(StandardCharsets.UTF_8);

    static byte[] seal(AgePassphrase passphrase, byte[] plain) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = Age.encrypt(out, passphrase)) {
            sealed.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] open(byte[] sealed, AgePassphrase passphrase) throws AgeException, IOException {
        try (InputStream in = Age.decrypt(new ByteArrayInputStream(sealed), passphrase)) {
            return in.readAllBytes();
        }
    }

    @Test
    void roundTripWritesOneScryptStanzaWithSaltAndWorkFactor() throws Exception {
        try (AgePassphrase p = AgePassphrase.of("correct horse".toCharArray(), FAST)) {
            byte[] sealed = seal(p, PLAIN);
            String header = new String(sealed, 0, 120, StandardCharsets.ISO_8859_1);
            assertTrue(header.matches("(?s)age-encryption\\.org/v1\n-> scrypt [A-Za-z0-9+/]{22} 10\n.*"), header);
            assertArrayEquals(PLAIN, open(sealed, p));
        }
    }

    @Test
    void theSamePassphraseTypedAgainOpensTheFileAndTheDefaultWorkFactorIsAges() throws Exception {
        char[] typed = "пароль курьера".toCharArray();
        byte[] sealed;
        try (AgePassphrase p = AgePassphrase.of(typed, FAST)) {
            sealed = seal(p, PLAIN);
        }
        try (AgePassphrase again = AgePassphrase.of("пароль курьера".toCharArray())) {
            assertEquals(18, again.workFactor());
            assertArrayEquals(PLAIN, open(sealed, again));
        }
        assertEquals('п', typed[0], "the caller's array is the caller's to wipe");
    }

    @Test
    void wrongPassphraseIsAOneLineError() throws Exception {
        byte[] sealed;
        try (AgePassphrase p = AgePassphrase.of("right".toCharArray(), FAST)) {
            sealed = seal(p, PLAIN);
        }
        try (AgePassphrase wrong = AgePassphrase.of("wrong".toCharArray(), FAST)) {
            AgeException e = assertThrows(AgeException.class, () -> open(sealed, wrong));
            assertEquals("Wrong passphrase: it does not open this age file", e.getMessage());
        }
    }

    @Test
    void aPassphraseStanzaNextToAnX25519StanzaIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AgePassphrase p = AgePassphrase.of("pw".toCharArray(), FAST);
                AgeIdentity other = AgeIdentity.generate()) {
            try (OutputStream sealed = Channels.newOutputStream(new StandardEncryptingChannelFactory()
                    .newEncryptingChannel(Channels.newChannel(out),
                            List.of(other.recipient().stanzaWriter(), p.stanzaWriter())))) {
                sealed.write(PLAIN);
            }
            AgeException e = assertThrows(AgeException.class, () -> open(out.toByteArray(), p));
            assertTrue(e.getMessage().contains("only recipient"), e.getMessage());
            assertTrue(e.getMessage().contains("X25519") && e.getMessage().contains("scrypt"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void aWorkFactorAboveTheCapIsRefusedBeforeAnyKeyDerivation() throws Exception {
        byte[] sealed;
        try (AgePassphrase p = AgePassphrase.of("pw".toCharArray(), FAST)) {
            sealed = seal(p, PLAIN);
            String text = new String(sealed, StandardCharsets.ISO_8859_1);
            byte[] hostile = text.replaceFirst("(-> scrypt \\S+) 10\n", "$1 30\n").getBytes(StandardCharsets.ISO_8859_1);
            AgeException e = assertThrows(AgeException.class, () -> open(hostile, p));
            assertTrue(e.getMessage().contains("work factor 30 is above the limit of 20"), e.getMessage());
        }
        assertThrows(AgeException.class, () -> AgePassphrase.of("pw".toCharArray(), 21));
    }

    @Test
    void aFileForARecipientKeyIsNotTakenForAPassphraseFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AgeIdentity desk = AgeIdentity.generate();
                AgePassphrase p = AgePassphrase.of("pw".toCharArray(), FAST)) {
            try (OutputStream sealed = Age.encrypt(out, List.of(desk.recipient()))) {
                sealed.write(PLAIN);
            }
            AgeException e = assertThrows(AgeException.class, () -> open(out.toByteArray(), p));
            assertTrue(e.getMessage().contains("not encrypted to a passphrase"), e.getMessage());
        }
    }

    @Test
    void anEmptyPassphraseIsRefusedAndCloseWipesTheCopy() throws Exception {
        assertThrows(AgeException.class, () -> AgePassphrase.of(new char[0]));
        AgePassphrase p = AgePassphrase.of("pw".toCharArray(), FAST);
        p.close();
        // Closed, it holds only NUL characters: what it seals opens with two NULs, not with "pw".
        byte[] sealed = seal(p, PLAIN);
        try (AgePassphrase nuls = AgePassphrase.of(new char[] {'\0', '\0'}, FAST);
                AgePassphrase old = AgePassphrase.of("pw".toCharArray(), FAST)) {
            assertArrayEquals(PLAIN, open(sealed, nuls));
            assertThrows(AgeException.class, () -> open(sealed, old));
        }
    }

    @Test
    void malformedScryptStanzasAreRefusedWithTheReason() throws Exception {
        try (AgePassphrase p = AgePassphrase.of("pw".toCharArray(), FAST)) {
            String text = new String(seal(p, PLAIN), StandardCharsets.ISO_8859_1);
            String salt = text.split("\n")[1].split(" ")[2];
            assertRefused(text.replace(salt + " 10", salt + " 010"), p, "work factor '010' is not a number");
            assertRefused(text.replace(salt + " 10", salt.substring(4) + " 10"), p, "not 16 bytes");
            assertRefused(text.replace(salt + " 10", salt + " 10 extra"), p, "3 arguments instead of 2");
        }
    }

    private static void assertRefused(String hostile, AgePassphrase p, String reason) {
        AgeException e = assertThrows(AgeException.class,
                () -> open(hostile.getBytes(StandardCharsets.ISO_8859_1), p));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
