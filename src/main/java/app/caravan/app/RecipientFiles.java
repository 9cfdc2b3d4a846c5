package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Secrets;
import app.caravan.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code age1…} recipients an editor handed over in a text file. The file may by
 * mistake be a whole identity file, so it is handled as secret: decoded into a {@code char[]}
 * that is wiped, and no line is turned into a String before it is known not to be a secret key.
 */
final class RecipientFiles {
    static final int MAX_BYTES = 64 * 1024;
    private static final char[] SECRET_PREFIX = "AGE-SECRET-KEY-1".toCharArray();
    private static final String PUBLIC_KEY_COMMENT = "public key:";

    private RecipientFiles() {
    }

    static List<String> recipientsIn(Path file) throws InvalidInputException {
        char[] text = read(file);
        try {
            return parse(file, text);
        } finally {
            Secrets.wipe(text);
        }
    }

    private static List<String> parse(Path file, char[] text) throws InvalidInputException {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int start = 0;
        int lineNumber = 0;
        while (start < text.length) {
            int end = start;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            lineNumber++;
            String candidate = candidate(file, lineNumber, text, start, end);
            start = end + 1;
            if (candidate == null) {
                continue;
            }
            String value;
            try {
                value = AgeRecipient.parse(candidate).value();
            } catch (AgeException e) {
                throw new InvalidInputException(Problem.of("recipients.file.line", file, lineNumber,
                        AgeProblems.reason(e)), e);
            }
            Integer earlier = seen.putIfAbsent(value, lineNumber);
            if (earlier != null) {
                throw new InvalidInputException(Problem.of("recipients.file.twice", file, lineNumber, value, earlier));
            }
            out.add(value);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(Problem.of("recipients.file.none", file));
        }
        return out;
    }

    /** The recipient text of line {@code [start, end)}, or null for a blank line or an ordinary comment. */
    private static String candidate(Path file, int lineNumber, char[] text, int start, int end)
            throws InvalidInputException {
        if (containsSecret(text, start, end)) {
            throw new InvalidInputException(Problem.of("recipients.file.secret", file, lineNumber));
        }
        String line = new String(text, start, end - start).strip();
        if (line.isEmpty()) {
            return null;
        }
        if (line.charAt(0) != '#') {
            return line;
        }
        // age-keygen writes "# public key: age1…" above the secret key; that line alone is safe to hand over.
        String comment = line.substring(1).strip();
        if (comment.toLowerCase(Locale.ROOT).startsWith(PUBLIC_KEY_COMMENT)) {
            return comment.substring(PUBLIC_KEY_COMMENT.length()).strip();
        }
        return null;
    }

    private static boolean containsSecret(char[] text, int start, int end) {
        for (int i = start; i + SECRET_PREFIX.length <= end; i++) {
            int j = 0;
            while (j < SECRET_PREFIX.length && Character.toUpperCase(text[i + j]) == SECRET_PREFIX[j]) {
                j++;
            }
            if (j == SECRET_PREFIX.length) {
                return true;
            }
        }
        return false;
    }

    private static char[] read(Path file) throws InvalidInputException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.of("file.notFound", file), e);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of("file.unreadable", file, e), e);
        }
        try {
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(Problem.of("recipients.file.tooLarge", file, MAX_BYTES / 1024));
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] text = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Problem.of("recipients.file.notUtf8", file), e);
        } finally {
            Secrets.wipe(bytes);
        }
    }
}
