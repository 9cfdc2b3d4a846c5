package app.caravan.crypto;

import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The age {@code scrypt} (passphrase) recipient and identity, for handing a bundle to a courier
 * (C2SP age.md): {@code -> scrypt <salt> <log2 N>}, the file key wrapped with ChaCha20-Poly1305
 * under scrypt(passphrase, "age-encryption.org/v1/scrypt" || salt, N, r=8, p=1) and a zero nonce.
 * jagged ships no scrypt module we can use, so this plugs into its stanza interfaces. The
 * passphrase is held as a char array and wiped by {@link #close()}.
 */
public final class AgePassphrase implements AutoCloseable {
    /** age's own default: about a second and 256 MiB of memory to derive the key. */
    public static final int DEFAULT_WORK_FACTOR = 18;
    /**
     * Decryption refuses more: scrypt needs 128·r·N bytes, 1 GiB at 20, and a hostile file could
     * otherwise make us allocate gigabytes and spin for minutes before the passphrase is even checked.
     */
    public static final int MAX_WORK_FACTOR = 20;
    static final String TYPE = "scrypt";
    private static final byte[] LABEL = "age-encryption.org/v1/scrypt".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 16;
    private static final int FILE_KEY_LENGTH = 16;
    private static final int BODY_LENGTH = FILE_KEY_LENGTH + 16;
    private static final Pattern WORK_FACTOR = Pattern.compile("[1-9][0-9]?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;
    private final int workFactor;

    private AgePassphrase(char[] passphrase, int workFactor) {
        this.passphrase = passphrase;
        this.workFactor = workFactor;
    }

    /** A copy of {@code passphrase} is kept (the caller wipes its own), with the default work factor. */
    public static AgePassphrase of(char[] passphrase) throws AgeException {
        return of(passphrase, DEFAULT_WORK_FACTOR);
    }

    /** @param workFactor log2 of scrypt's N when encrypting; tests use a small one */
    public static AgePassphrase of(char[] passphrase, int workFactor) throws AgeException {
        if (passphrase == null || passphrase.length == 0) {
            throw new AgeException("age.passphrase.empty",
                    "The bundle passphrase is empty; a courier bundle needs a passphrase", null);
        }
        if (workFactor < 1 || workFactor > MAX_WORK_FACTOR) {
            throw new AgeException("The scrypt work factor " + workFactor + " is outside 1.." + MAX_WORK_FACTOR);
        }
        return new AgePassphrase(passphrase.clone(), workFactor);
    }

    public int workFactor() {
        return workFactor;
    }

    RecipientStanzaWriter stanzaWriter() {
        return fileKey -> {
            byte[] salt = new byte[SALT_LENGTH];
            RANDOM.nextBytes(salt);
            byte[] key = derive(salt, workFactor);
            byte[] plain = fileKey.getEncoded();
            try {
                byte[] body = chacha(Cipher.ENCRYPT_MODE, key, plain);
                List<String> args = List.of(Base64.getEncoder().withoutPadding().encodeToString(salt),
                        Integer.toString(workFactor));
                return List.of(new Stanza(args, body));
            } finally {
                Secrets.wipe(key, plain);
            }
        };
    }

    RecipientStanzaReader stanzaReader() {
        return stanzas -> {
            List<RecipientStanza> all = new ArrayList<>();
            stanzas.forEach(all::add);
            RecipientStanza scrypt = all.stream().filter(s -> TYPE.equals(s.getType())).findFirst()
                    .orElseThrow(() -> new UnsupportedRecipientStanzaException("the file is not encrypted to a"
                            + " passphrase (its recipients are " + types(all) + ")"));
            if (all.size() != 1) {
                // age.md: an scrypt stanza must be alone, or whoever holds a recipient key could
                // re-wrap the file key and pass the file off as passphrase-only.
                throw new GeneralSecurityException("the file has a passphrase stanza next to other recipients ("
                        + types(all) + "); age allows a passphrase only as the only recipient");
            }
            return unwrap(scrypt);
        };
    }

    private FileKey unwrap(RecipientStanza stanza) throws GeneralSecurityException {
        List<String> args = stanza.getArguments();
        if (args.size() != 2) {
            throw new GeneralSecurityException("the scrypt stanza has " + args.size() + " arguments instead of 2");
        }
        byte[] salt;
        try {
            salt = Base64.getDecoder().decode(args.get(0));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the scrypt salt is not base64", e);
        }
        if (salt.length != SALT_LENGTH || args.get(0).endsWith("=")) {
            throw new GeneralSecurityException("the scrypt salt is not 16 bytes of unpadded base64");
        }
        if (!WORK_FACTOR.matcher(args.get(1)).matches()) {
            throw new GeneralSecurityException("the scrypt work factor '" + args.get(1) + "' is not a number");
        }
        int factor = Integer.parseInt(args.get(1));
        if (factor > MAX_WORK_FACTOR) {
            throw new GeneralSecurityException("the scrypt work factor " + factor + " is above the limit of "
                    + MAX_WORK_FACTOR + " (it would need " + (128L * 8 << factor >> 20) + " MiB to try the passphrase)");
        }
        if (stanza.getBody().length != BODY_LENGTH) {
            throw new GeneralSecurityException("the scrypt stanza body is " + stanza.getBody().length
                    + " bytes instead of " + BODY_LENGTH);
        }
        byte[] key = derive(salt, factor);
        try {
            // FileKey keeps this very array (no copy) and wipes it when jagged destroys the key.
            return new FileKey(chacha(Cipher.DECRYPT_MODE, key, stanza.getBody()));
        } catch (AEADBadTagException e) {
            throw new WrongPassphrase();
        } finally {
            Secrets.wipe(key);
        }
    }

    private byte[] derive(byte[] salt, int factor) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        byte[] fullSalt = Arrays.copyOf(LABEL, LABEL.length + salt.length);
        System.arraycopy(salt, 0, fullSalt, LABEL.length, salt.length);
        try {
            return SCrypt.generate(bytes, fullSalt, 1 << factor, 8, 1, 32);
        } finally {
            Secrets.wipe(bytes);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private static byte[] chacha(int mode, byte[] key, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
        cipher.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(new byte[12]));
        return cipher.doFinal(input);
    }

    private static String types(List<RecipientStanza> stanzas) {
        return String.join(", ", stanzas.stream().map(RecipientStanza::getType).toList());
    }

    @Override
    public void close() {
        Secrets.wipe(passphrase);
    }

    @Override
    public String toString() {
        return "AgePassphrase[scrypt, work factor " + workFactor + "]";
    }

    /** The passphrase did not unwrap the file key: told apart so the message can say so plainly. */
    static final class WrongPassphrase extends GeneralSecurityException {
        private static final long serialVersionUID = 1L;

        WrongPassphrase() {
            super("wrong passphrase");
        }
    }

    private record Stanza(List<String> args, byte[] body) implements RecipientStanza {
        @Override
        public String getType() {
            return TYPE;
        }

        @Override
        public List<String> getArguments() {
            return args;
        }

        @Override
        public byte[] getBody() {
            return body.clone();
        }
    }
}
