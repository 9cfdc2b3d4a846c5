package app.caravan.crypto;

import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An age X25519 recipient ({@code age1…}), checked when parsed: Bech32 checksum and key length. */
public record AgeRecipient(String value) {
    private static final Pattern SHAPE = Pattern.compile("age1[02-9ac-hj-np-z]{58}");

    public AgeRecipient {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses a recipient as {@code age-keygen} prints it. Surrounding blanks are ignored; an
     * upper-case key is accepted (Bech32 is case-insensitive), mixed case is not.
     */
    public static AgeRecipient parse(String text) throws AgeException {
        if (text == null || text.isBlank()) {
            throw new AgeException("age.recipient.empty",
                    "The age recipient is empty; paste the desk's key starting with age1", null);
        }
        String trimmed = text.strip();
        String value = trimmed.equals(trimmed.toUpperCase(Locale.ROOT)) ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
        if (value.startsWith("age-secret-key-1")) {
            throw new AgeException("age.recipient.secret",
                    "This is a secret age identity (AGE-SECRET-KEY-1…), not a recipient;"
                    + " give the public key starting with age1 and keep the secret key private", null);
        }
        if (!value.startsWith("age1")) {
            throw new AgeException("age.recipient.prefix",
                    "The age recipient '" + shorten(trimmed) + "' does not start with age1",
                    null, shorten(trimmed));
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new AgeException("age.recipient.length", "The age recipient '" + shorten(trimmed)
                    + "' is not 62 Bech32 characters (it has " + value.length() + "); check that it was copied whole",
                    null, shorten(trimmed), value.length());
        }
        try {
            X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(value);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AgeException("age.recipient.checksum", "The age recipient '" + shorten(trimmed)
                    + "' has a wrong checksum; a character was mistyped or changed", e, shorten(trimmed));
        }
        return new AgeRecipient(value);
    }

    RecipientStanzaWriter stanzaWriter() throws GeneralSecurityException {
        return X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(value);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 12) + "…" + text.substring(text.length() - 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
