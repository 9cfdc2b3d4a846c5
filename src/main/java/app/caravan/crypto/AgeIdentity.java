package app.caravan.crypto;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.x25519.X25519KeyFactory;
import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * An age X25519 identity ({@code AGE-SECRET-KEY-1…}) held in a char array so it can be wiped:
 * {@link #close()} overwrites it. Its recipient is derived once, when it is created or parsed.
 */
public final class AgeIdentity implements AutoCloseable {
    private static final Pattern SHAPE = Pattern.compile("AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}");
    private final char[] secret;
    private final AgeRecipient recipient;

    private AgeIdentity(char[] secret, AgeRecipient recipient) {
        this.secret = secret;
        this.recipient = recipient;
    }

    public static AgeIdentity generate() {
        try {
            KeyPair pair = new X25519KeyPairGenerator().generateKeyPair();
            byte[] encoded = pair.getPrivate().getEncoded();
            char[] secret = new char[encoded.length];
            for (int i = 0; i < encoded.length; i++) {
                secret[i] = (char) encoded[i];
            }
            Secrets.wipe(encoded);
            return new AgeIdentity(secret, new AgeRecipient(pair.getPublic().toString()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate X25519 keys: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an identity as {@code age-keygen} writes it. The caller keeps {@code text} and
     * wipes it; this identity holds its own copy.
     */
    public static AgeIdentity parse(char[] text) throws AgeException {
        char[] secret = strip(text);
        try {
            for (int i = 0; i < secret.length; i++) {
                secret[i] = Character.toUpperCase(secret[i]);
            }
            if (secret.length == 0) {
                throw new AgeException("age.identity.empty",
                        "The age identity is empty; it is one line starting with AGE-SECRET-KEY-1", null);
            }
            if (secret.length >= 4 && CharBuffer.wrap(secret, 0, 4).toString().equals("AGE1")) {
                throw new AgeException("age.identity.public", "This is an age recipient (age1…), a public key;"
                        + " decrypting needs the secret identity starting with AGE-SECRET-KEY-1", null);
            }
            if (!SHAPE.matcher(CharBuffer.wrap(secret)).matches()) {
                throw new AgeException("age.identity.shape", "The age identity does not look like AGE-SECRET-KEY-1"
                        + " followed by 58 Bech32 characters (it has " + secret.length + " characters in all)", null,
                        secret.length);
            }
            AgeRecipient recipient = deriveRecipient(secret);
            return new AgeIdentity(secret, recipient);
        } catch (AgeException | RuntimeException e) {
            Secrets.wipe(secret);
            throw e;
        }
    }

    /**
     * Parses an identity file as {@code age-keygen -o} writes it: comment lines start with
     * {@code #}, the first other non-blank line is the key.
     */
    public static AgeIdentity parseFile(byte[] content) throws AgeException {
        char[] chars = new char[content.length];
        for (int i = 0; i < content.length; i++) {
            chars[i] = (char) (content[i] & 0xff);
        }
        int start = 0;
        try {
            while (start < chars.length) {
                int end = start;
                while (end < chars.length && chars[end] != '\n') {
                    end++;
                }
                char[] line = Arrays.copyOfRange(chars, start, end);
                try {
                    char[] stripped = strip(line);
                    boolean skip = stripped.length == 0 || stripped[0] == '#';
                    Secrets.wipe(stripped);
                    if (!skip) {
                        return parse(line);
                    }
                } finally {
                    Secrets.wipe(line);
                }
                start = end + 1;
            }
            throw new AgeException("age.identity.noKeyLine",
                    "The identity file has no key line (only comments or blank lines)", null);
        } finally {
            Secrets.wipe(chars);
        }
    }

    private static AgeRecipient deriveRecipient(char[] secret) throws AgeException {
        // Byte by byte, not through a String, which could not be wiped.
        byte[] bytes = new byte[secret.length];
        for (int i = 0; i < secret.length; i++) {
            bytes[i] = (byte) secret[i];
        }
        try {
            Key key = new X25519KeyFactory().translateKey(new SecretKeySpec(bytes, "X25519"));
            return new AgeRecipient(key.toString());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AgeException("age.identity.checksum",
                    "The age identity has a wrong checksum; a character was mistyped or changed", e);
        } finally {
            Secrets.wipe(bytes);
        }
    }

    private static char[] strip(char[] text) {
        int from = 0;
        int to = text.length;
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        return Arrays.copyOfRange(text, from, to);
    }

    public AgeRecipient recipient() {
        return recipient;
    }

    /** A copy of the secret key text for storing or exporting; the caller wipes it. */
    public char[] toChars() {
        return secret.clone();
    }

    RecipientStanzaReader stanzaReader() throws GeneralSecurityException {
        return X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(CharBuffer.wrap(secret));
    }

    @Override
    public void close() {
        Secrets.wipe(secret);
    }

    /** Never the secret: identities end up in logs and exception messages by accident. */
    @Override
    public String toString() {
        return "AgeIdentity[" + recipient + "]";
    }
}
