package app.caravan.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where the CLI gets the passphrase: a file (first line), the CARAVAN_PASSPHRASE environment
 * variable, or the terminal. Never a command-line argument, which other users can read from
 * the process list. The result is a char array the caller wipes.
 */
final class PassphraseSource {
    static final String ENVIRONMENT_VARIABLE = "CARAVAN_PASSPHRASE";
    /** The courier passphrase of a bundle: a separate variable, so it is never the vault's by accident. */
    static final String BUNDLE_ENVIRONMENT_VARIABLE = "CARAVAN_BUNDLE_PASSPHRASE";
    private final Function<String, String> environment;
    private final Console console;

    PassphraseSource(Function<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    static PassphraseSource system() {
        return new PassphraseSource(System::getenv, System.console());
    }

    /** For {@code init}: on a terminal the passphrase is asked twice. */
    char[] read(Path file, boolean confirm) throws IOException {
        if (file != null) {
            return fromFile(file);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console != null) {
            char[] first = console.readPassword("Passphrase: ");
            if (first == null || first.length == 0) {
                throw new IllegalArgumentException("No passphrase was entered");
            }
            if (confirm) {
                char[] second = console.readPassword("Repeat passphrase: ");
                boolean same = Arrays.equals(first, second);
                Arrays.fill(second == null ? new char[0] : second, '\0');
                if (!same) {
                    Arrays.fill(first, '\0');
                    throw new IllegalArgumentException("The two passphrases differ");
                }
            }
            return first;
        }
        throw new IllegalArgumentException("No passphrase: set " + ENVIRONMENT_VARIABLE
                + " or use --passphrase-file FILE");
    }

    /**
     * The passphrase a bundle is sealed to (or opened with) for a courier hand-over: the file,
     * else CARAVAN_BUNDLE_PASSPHRASE, else the terminal (twice when sealing).
     */
    char[] readBundle(Path file, boolean confirm) throws IOException {
        if (file != null) {
            return fromFile(file);
        }
        String fromEnvironment = environment.apply(BUNDLE_ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console != null) {
            char[] first = console.readPassword("Bundle passphrase: ");
            if (first == null || first.length == 0) {
                throw new IllegalArgumentException("No bundle passphrase was entered");
            }
            if (confirm) {
                char[] second = console.readPassword("Repeat bundle passphrase: ");
                boolean same = Arrays.equals(first, second);
                Arrays.fill(second == null ? new char[0] : second, '\0');
                if (!same) {
                    Arrays.fill(first, '\0');
                    throw new IllegalArgumentException("The two bundle passphrases differ");
                }
            }
            return first;
        }
        throw new IllegalArgumentException("No bundle passphrase: set " + BUNDLE_ENVIRONMENT_VARIABLE
                + " or use --bundle-passphrase-file FILE");
    }

    private static char[] fromFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] passphrase = new char[end];
            chars.get(passphrase, 0, end);
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw new IllegalArgumentException("The passphrase file " + file + " is empty");
            }
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The passphrase file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
