package app.caravan.crypto;

import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Streaming age v1 encryption (binary, not armored) to X25519 recipients, with jagged. Neither
 * side holds the payload in memory: bundles can be hundreds of megabytes. jagged writes the
 * header and decrypts; the payload is encrypted by {@link AgePayloadStream} on all cores.
 */
public final class Age {
    private Age() {
    }

    /**
     * Returns a stream that encrypts what is written to it into {@code out}. Closing it writes
     * the final chunk and closes {@code out}; without that the file is truncated and will not decrypt.
     */
    public static OutputStream encrypt(OutputStream out, List<AgeRecipient> recipients) throws AgeException, IOException {
        if (recipients.isEmpty()) {
            throw new AgeException("No age recipient was given: nobody could decrypt the file");
        }
        List<RecipientStanzaWriter> writers = new ArrayList<>();
        try {
            for (AgeRecipient recipient : new LinkedHashSet<>(recipients)) {
                writers.add(recipient.stanzaWriter());
            }
            return AgePayloadStream.open(out, writers);
        } catch (GeneralSecurityException e) {
            throw new AgeException("age encryption could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #encrypt(OutputStream, List)}, to a passphrase (age's scrypt recipient), which
     * the age spec allows only as the file's single recipient.
     */
    public static OutputStream encrypt(OutputStream out, AgePassphrase passphrase) throws AgeException, IOException {
        try {
            return AgePayloadStream.open(out, List.of(passphrase.stanzaWriter()));
        } catch (GeneralSecurityException e) {
            throw new AgeException("age passphrase encryption could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #decrypt(InputStream, AgeIdentity)}, with a passphrase. Refuses a file whose
     * passphrase stanza is not its only recipient, and work factors above
     * {@link AgePassphrase#MAX_WORK_FACTOR}.
     *
     * @throws AgeException when the passphrase is wrong, the file is not passphrase-encrypted or its header is bad
     */
    public static InputStream decrypt(InputStream in, AgePassphrase passphrase) throws AgeException, IOException {
        try {
            return Channels.newInputStream(new StandardDecryptingChannelFactory()
                    .newDecryptingChannel(Channels.newChannel(in), List.of(passphrase.stanzaReader())));
        } catch (GeneralSecurityException e) {
            throw passphraseFailure(e);
        } catch (java.nio.BufferUnderflowException e) {
            throw headerCut(e);
        }
    }

    /** jagged reads the header into a buffer and runs off its end when the file stops inside the header. */
    private static java.io.EOFException headerCut(RuntimeException e) {
        java.io.EOFException cut = new java.io.EOFException("the file ends inside the age header");
        cut.initCause(e);
        return cut;
    }

    private static AgeException passphraseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AgePassphrase.WrongPassphrase) {
                return new AgeException("age.passphrase.wrong", "Wrong passphrase: it does not open this age file", e);
            }
        }
        return new AgeException("age.passphrase.cannotOpen", "The file cannot be opened with a passphrase: "
                + e.getMessage(), e, String.valueOf(e.getMessage()));
    }

    /**
     * Reads the age header from {@code in} and returns the decrypted payload as a stream. A
     * payload that was cut short or altered fails while reading, with an {@link IOException}.
     *
     * @throws AgeException when the header is not age's or the identity is not among its recipients
     */
    public static InputStream decrypt(InputStream in, AgeIdentity identity) throws AgeException, IOException {
        try {
            return Channels.newInputStream(new StandardDecryptingChannelFactory()
                    .newDecryptingChannel(Channels.newChannel(in), List.of(identity.stanzaReader())));
        } catch (GeneralSecurityException e) {
            throw new AgeException("age.notForThisKey", "The file is not encrypted to this device's age key "
                    + identity.recipient() + " (" + e.getMessage() + ")", e, identity.recipient(),
                    String.valueOf(e.getMessage()));
        } catch (java.nio.BufferUnderflowException e) {
            throw headerCut(e);
        }
    }
}
