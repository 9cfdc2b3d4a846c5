package app.caravan.interchange;

import app.caravan.domain.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw bytes of an interchange file into a JSON tree, or a located, readable error. */
final class JsonSource {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE_ADVICE = Pattern.compile(": enable `[^`]*` to allow.*$");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern RECORD = Pattern.compile("^interviews\\[(\\d+)\\]");

    private JsonSource() {
    }

    static JsonNode parse(byte[] bytes) throws InterchangeException {
        int start = bomLength(bytes);
        if (isWellFormedUtf8(bytes, start) && !startsWithZero(bytes, start)) {
            JsonNode root = parseBytes(bytes, start);
            if (root != null) {
                return root;
            }
        }
        return parseText(bytes);
    }

    /**
     * The common case, well-formed UTF-8 holding one JSON value, parsed straight from the bytes:
     * decoding a bundle's whole JSON to a String first took 40 % of reading it. Null for anything
     * else; {@link #parseText} then finds the problem again and reports it with columns counted
     * in characters, exactly as before.
     */
    private static JsonNode parseBytes(byte[] bytes, int start) {
        try (JsonParser parser = MAPPER.createParser(bytes, start, bytes.length - start)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode() || parser.nextToken() != null) {
                return null;
            }
            return root;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Jackson guesses UTF-16 or UTF-32 from zero bytes among the first four, and NUL is valid
     * UTF-8: such input goes the text path, which rejects it as before instead of reading it
     * in another encoding.
     */
    private static boolean startsWithZero(byte[] bytes, int start) {
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * Whether {@code bytes} from {@code start} are well-formed UTF-8 (Unicode's table 3-7: no
     * overlong forms, no surrogates, nothing past U+10FFFF): exactly what the strict decoder of
     * {@link #decodeUtf8} accepts, checked without building the text.
     */
    static boolean isWellFormedUtf8(byte[] bytes, int start) {
        int n = bytes.length;
        int i = start;
        while (i < n) {
            int c = bytes[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                int second = i + 1 < n ? bytes[i + 1] & 0xFF : -1;
                int low = c == 0xE0 ? 0xA0 : 0x80;
                int high = c == 0xED ? 0x9F : 0xBF;
                if (i + 2 >= n || second < low || second > high || !continuation(bytes[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                int second = i + 1 < n ? bytes[i + 1] & 0xFF : -1;
                int low = c == 0xF0 ? 0x90 : 0x80;
                int high = c == 0xF4 ? 0x8F : 0xBF;
                if (i + 3 >= n || second < low || second > high || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The reference path: decoded text, so that every error is located in characters. */
    private static JsonNode parseText(byte[] bytes) throws InterchangeException {
        String text = decodeUtf8(bytes);
        if (text.isBlank()) {
            throw InterchangeException.ofDocument(Problem.of("json.empty"));
        }
        // Parsing decoded text, not bytes, so that columns count characters, not UTF-8 bytes.
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw InterchangeException.atLocation(at.getLineNr(), at.getColumnNr(),
                            Problem.of("json.trailing"), "", -1);
                }
                return root;
            } catch (JsonProcessingException e) {
                throw syntaxError(e, parser);
            }
        } catch (IOException e) {
            // Reading from a String only fails through JsonProcessingException, handled above.
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8 (a leading byte-order mark is tolerated): other encodings are rejected, not guessed. */
    private static String decodeUtf8(byte[] bytes) throws InterchangeException {
        int start = bomLength(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, start, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static InterchangeException notUtf8(byte[] bytes, int start, int bad) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return InterchangeException.atLocation(line, column, Problem.of("json.notUtf8",
                String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)), "", -1);
    }

    private static InterchangeException syntaxError(JsonProcessingException e, JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        // Limit violations (nesting too deep, a number too long) come without a location: the parser knows it.
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : parser.currentLocation();
        String reason = e.getOriginalMessage() == null || e.getOriginalMessage().isBlank()
                ? "invalid JSON" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(reason);
        if (duplicate.matches() && context != null && context.inObject()) {
            // The context already points at the repeated name; the problem belongs to its object.
            String objectPath = pathOf(context.getParent(), null);
            return new InterchangeException(objectPath, indexOf(objectPath), Problem.of("json.duplicateField",
                    JsonFields.quote(duplicate.group(1)), at.getLineNr(), at.getColumnNr()));
        }
        String path = context == null ? "" : pathOf(context.getParent(), context);
        reason = SOURCE_REFERENCE.matcher(reason).replaceAll("line $1, column $2");
        // Advice to enable a parser feature is for programmers; the user needs to fix the file.
        reason = FEATURE_ADVICE.matcher(reason).replaceAll(" (not allowed in JSON)");
        reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        return InterchangeException.atLocation(at.getLineNr(), at.getColumnNr(), reason, path, indexOf(path));
    }

    /** Our path syntax for a parser context: {@code interviews[2].consent}. */
    private static String pathOf(JsonStreamContext parent, JsonStreamContext leaf) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        if (leaf != null) {
            chain.push(leaf);
        }
        for (JsonStreamContext c = parent; c != null; c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    private static int indexOf(String path) {
        Matcher m = RECORD.matcher(path);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
