package app.caravan.interchange;

import app.caravan.domain.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed, path-aware access to the fields of one JSON object. Every failure becomes an
 * {@link InterchangeException} naming the exact field, so callers never format paths
 * themselves. JSON null counts as absent for optional fields.
 */
final class JsonFields {
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_QUOTED = 60;
    /** The widths of the vocabulary tables' columns (V1): a longer value could not be stored. */
    private static final java.util.Map<String, Integer> VOCABULARY_LIMITS = java.util.Map.of("key", 120, "parent", 120,
            "name", 200, "country", 200, "region", 200, "sector", 200, "description", 2000);

    private final JsonNode node;
    private final String path;
    private final int index;

    private JsonFields(JsonNode node, String path, int index) {
        this.node = node;
        this.path = path;
        this.index = index;
    }

    /** The object at {@code path}; {@code index} is the interview it belongs to, or -1. */
    static JsonFields of(JsonNode node, String path, int index) throws InterchangeException {
        if (node == null || !node.isObject()) {
            throw new InterchangeException(path, index, Problem.of("json.notObject", describe(node)));
        }
        return new JsonFields(node, path, index);
    }

    String path() {
        return path;
    }

    int index() {
        return index;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    InterchangeException error(String reason) {
        return new InterchangeException(path, index, reason);
    }

    InterchangeException error(String field, String reason) {
        return new InterchangeException(pathOf(field), index, reason);
    }

    InterchangeException error(Problem reason) {
        return new InterchangeException(path, index, reason);
    }

    InterchangeException error(String field, Problem reason) {
        return new InterchangeException(pathOf(field), index, reason);
    }

    /** Unknown names are typos or data from another tool; silently ignoring them would lose data. */
    void rejectUnknown(Set<String> known) throws InterchangeException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(Problem.of("json.unknownField", quote(name)));
            }
        }
    }

    boolean has(String field) {
        return value(field) != null;
    }

    String string(String field) throws InterchangeException {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw error(field, Problem.of("json.notString", describe(v)));
        }
        Integer limit = path.startsWith("vocabulary") ? VOCABULARY_LIMITS.get(field) : null;
        if (limit != null && v.textValue().length() > limit) {
            throw error(field, Problem.of("json.tooLong", v.textValue().length(), limit));
        }
        return v.textValue();
    }

    String requiredString(String field) throws InterchangeException {
        String s = string(field);
        if (s == null) {
            throw error(field, Problem.of("json.required"));
        }
        return s;
    }

    /** Absent means not given: a consent flag is only true when the file says so. */
    boolean flag(String field) throws InterchangeException {
        return has(field) && requiredFlag(field);
    }

    boolean requiredFlag(String field) throws InterchangeException {
        JsonNode v = value(field);
        if (v == null) {
            throw error(field, Problem.of("json.required"));
        }
        if (!v.isBoolean()) {
            throw error(field, Problem.of("json.notBoolean"));
        }
        return v.booleanValue();
    }

    int requiredInt(String field) throws InterchangeException {
        JsonNode v = value(field);
        if (v == null) {
            throw error(field, Problem.of("json.required"));
        }
        return (int) wholeNumber(field, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    long nonNegativeLong(String field, long whenAbsent) throws InterchangeException {
        JsonNode v = value(field);
        if (v == null) {
            return whenAbsent;
        }
        long n = wholeNumber(field, v, Long.MIN_VALUE, Long.MAX_VALUE);
        if (n < 0) {
            throw error(field, Problem.of("json.negative", n));
        }
        return n;
    }

    OffsetDateTime dateTime(String field) throws InterchangeException {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw error(field, isLocalDateTime(s) ? Problem.of("json.noOffset", quote(s))
                    : Problem.of("json.notDateTime", quote(s)));
        }
    }

    OffsetDateTime requiredDateTime(String field) throws InterchangeException {
        if (!has(field)) {
            throw error(field, Problem.of("json.required"));
        }
        return dateTime(field);
    }

    /** An instant with any offset (Z or +05:00); stored as the same instant. */
    Instant instant(String field) throws InterchangeException {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw error(field, Problem.of("json.notInstant", quote(s)));
        }
    }

    LocalDate date(String field) throws InterchangeException {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw error(field, Problem.of("json.notDate", quote(s)));
        }
    }

    UUID uuid(String field) throws InterchangeException {
        String s = string(field);
        if (s == null) {
            return null;
        }
        // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the canonical form is an id.
        if (!UUID_FORM.matcher(s.strip()).matches()) {
            throw error(field, Problem.of("json.notUuid", quote(s)));
        }
        return UUID.fromString(s.strip());
    }

    /** An enum by its key; a rejected key is answered with the list of valid ones. */
    <E> E enumValue(String field, Function<String, E> fromKey, E[] values, Function<E, String> keyOf)
            throws InterchangeException {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return fromKey.apply(s.strip());
        } catch (IllegalArgumentException e) {
            throw error(field, Problem.of("json.notOneOf", quote(s),
                    Arrays.stream(values).map(keyOf).collect(Collectors.joining(", "))));
        }
    }

    JsonFields object(String field) throws InterchangeException {
        JsonNode v = value(field);
        return v == null ? null : of(v, pathOf(field), index);
    }

    JsonFields requiredObject(String field) throws InterchangeException {
        JsonFields o = object(field);
        if (o == null) {
            throw error(field, Problem.of("json.required"));
        }
        return o;
    }

    /** Elements of an array of objects; absent means empty. */
    List<JsonFields> objects(String field) throws InterchangeException {
        return objects(field, false);
    }

    /** Like {@link #objects}, but each element is a record whose errors carry its own index. */
    List<JsonFields> records(String field) throws InterchangeException {
        return objects(field, true);
    }

    private List<JsonFields> objects(String field, boolean records) throws InterchangeException {
        List<JsonFields> out = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; array != null && i < array.size(); i++) {
            out.add(of(array.get(i), pathOf(field) + "[" + i + "]", records ? i : index));
        }
        return out;
    }

    /** Elements of an array of strings; absent means empty, null or blank elements are errors. */
    List<String> strings(String field) throws InterchangeException {
        List<String> out = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode e = array.get(i);
            String at = pathOf(field) + "[" + i + "]";
            if (!e.isTextual()) {
                throw new InterchangeException(at, index, Problem.of("json.notString", describe(e)));
            }
            if (e.textValue().isBlank()) {
                throw new InterchangeException(at, index, Problem.of("json.blank"));
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** Quotes a value for a message, shortened: messages are one line and must not carry whole texts. */
    static String quote(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", " ");
        return "'" + (flat.length() > MAX_QUOTED ? flat.substring(0, MAX_QUOTED) + "…" : flat) + "'";
    }

    private JsonNode array(String field) throws InterchangeException {
        JsonNode v = value(field);
        if (v != null && !v.isArray()) {
            throw error(field, Problem.of("json.notArray", describe(v)));
        }
        return v;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private long wholeNumber(String field, JsonNode v, long min, long max) throws InterchangeException {
        if (!v.isNumber()) {
            throw error(field, Problem.of("json.notWhole", describe(v)));
        }
        if (!v.isIntegralNumber()) {
            throw error(field, Problem.of("json.notWhole", v.asText()));
        }
        if (!v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw error(field, Problem.of("json.outOfRange", v.asText()));
        }
        return v.longValue();
    }

    private static boolean isLocalDateTime(String s) {
        try {
            LocalDateTime.parse(s.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** What kind of JSON value {@code v} is, for messages ("must be a string, not a number"). */
    static Object describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Problem.of("json.kind.null");
        }
        JsonNodeType type = v.getNodeType();
        return switch (type) {
            case STRING -> Problem.of("json.kind.string");
            case NUMBER -> Problem.of("json.kind.number");
            case BOOLEAN -> Problem.of("json.kind.boolean");
            case ARRAY -> Problem.of("json.kind.array");
            case OBJECT -> Problem.of("json.kind.object");
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
